// The dashboard charts' ECharts options, built from the overview's figures. Pure functions of
// the data and the texts, so the charts only draw what the registry answered.
import type { EChartsCoreOption } from 'echarts/core';
import type { TFunction } from 'i18next';
import type { DriveRanking, FunnelStage, IncidentsInMonth, MonthVolume } from '../../../../electron/contract/overview';

const GRID = { left: 56, right: 56, top: 40, bottom: 32 };

export function donationsOption(t: TFunction, months: readonly MonthVolume[]): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: GRID,
    xAxis: { type: 'category', data: months.map((m) => m.month) },
    yAxis: [
      { type: 'value', name: t('overview.charts.donations'), minInterval: 1 },
      { type: 'value', name: t('overview.charts.wholeBloodMl'), splitLine: { show: false } },
    ],
    series: [
      { name: t('overview.charts.donations'), type: 'bar', data: months.map((m) => m.donations) },
      { name: t('overview.charts.wholeBloodMl'), type: 'line', yAxisIndex: 1, data: months.map((m) => m.wholeBloodMl), symbolSize: 4 },
    ],
  };
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
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: GRID,
    xAxis: { type: 'category', data: months.map((m) => m.month) },
    yAxis: [
      { type: 'value', name: t('overview.charts.incidentCount'), minInterval: 1 },
      { type: 'value', name: t('overview.charts.medianHours'), splitLine: { show: false } },
    ],
    series: [
      { name: t('overview.charts.incidentCount'), type: 'bar', data: months.map((m) => m.incidents), itemStyle: { color: '#cf1322' } },
      { name: t('overview.charts.medianHours'), type: 'line', yAxisIndex: 1, connectNulls: true, data: months.map((m) => m.medianHoursToReunite), symbolSize: 4 },
    ],
  };
}
