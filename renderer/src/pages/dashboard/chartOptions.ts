// The dashboard charts' ECharts options, built from the overview's figures. Pure functions of
// the data and the texts, so the charts only draw what the registry answered.
import type { EChartsCoreOption } from 'echarts/core';
import type { TFunction } from 'i18next';
import type { DriveRanking, FunnelStage, IncidentsInMonth, MonthVolume } from '../../../../electron/contract/overview';

const GRID = { left: 56, right: 56, top: 40, bottom: 32 };

interface MonthSeries {
  readonly name: string;
  readonly data: readonly (number | null)[];
}

/** A count per month as bars and a measure of the same months as a line on its own axis. */
function barsAndLineByMonth(months: readonly string[], bars: MonthSeries & { readonly color?: string }, line: MonthSeries): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: GRID,
    xAxis: { type: 'category', data: months },
    yAxis: [
      { type: 'value', name: bars.name, minInterval: 1 },
      { type: 'value', name: line.name, splitLine: { show: false } },
    ],
    series: [
      { name: bars.name, type: 'bar', data: bars.data, ...(bars.color ? { itemStyle: { color: bars.color } } : {}) },
      { name: line.name, type: 'line', yAxisIndex: 1, connectNulls: true, data: line.data, symbolSize: 4 },
    ],
  };
}

export function donationsOption(t: TFunction, months: readonly MonthVolume[]): EChartsCoreOption {
  return barsAndLineByMonth(
    months.map((m) => m.month),
    { name: t('overview.charts.donations'), data: months.map((m) => m.donations) },
    { name: t('overview.charts.wholeBloodMl'), data: months.map((m) => m.wholeBloodMl) },
  );
}

export function funnelOption(t: TFunction, stages: readonly FunnelStage[]): EChartsCoreOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c}' },
    series: [
      {
        type: 'funnel',
        sort: 'none',
        left: '10%',
        width: '80%',
        minSize: '8%',
        label: { position: 'inside', formatter: '{b} {c}' },
        // The widest stage is the first; the funnel's width follows the counts.
        max: Math.max(1, ...stages.map((s) => s.reached)),
        data: stages.map((s) => ({ name: t(`stemcell.status.${s.stage}`), value: s.reached })),
      },
    ],
  };
}

export function drivesOption(t: TFunction, drives: readonly DriveRanking[]): EChartsCoreOption {
  // Largest at the top of a horizontal bar chart: ECharts draws the first category at the bottom.
  const rows = [...drives].reverse();
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 180, right: 40, top: 16, bottom: 32 },
    xAxis: { type: 'value', name: t('overview.charts.wholeBloodMl') },
    yAxis: { type: 'category', data: rows.map((d) => t('overview.charts.driveLabel', { date: d.date, site: d.site })) },
    series: [{ name: t('overview.charts.wholeBloodMl'), type: 'bar', data: rows.map((d) => d.wholeBloodMl) }],
  };
}

export function incidentsOption(t: TFunction, months: readonly IncidentsInMonth[]): EChartsCoreOption {
  return barsAndLineByMonth(
    months.map((m) => m.month),
    { name: t('overview.charts.incidentCount'), data: months.map((m) => m.incidents), color: '#cf1322' },
    { name: t('overview.charts.medianHours'), data: months.map((m) => m.medianHoursToReunite) },
  );
}
