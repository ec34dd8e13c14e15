// One ECharts chart on the dashboard. Only the parts the charts use are registered (bars,
// lines, the funnel; grid, tooltip, legend; the SVG renderer), so the bundle carries a fraction
// of ECharts. SVG rather than canvas: sharp on any screen and in print, and each bar is an
// element a test can click. ECharts' own Chinese texts follow the app's language.
import { BarChart, FunnelChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';
import { useLanguageStore } from '../../store/language';

echarts.use([BarChart, LineChart, FunnelChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

/** What was clicked: the series' data index (a month, a stage, a drive). */
export type ChartClick = (dataIndex: number) => void;

interface Props {
  readonly option: EChartsCoreOption;
  readonly onClick: ChartClick;
  /** Names the chart for screen readers and tests. */
  readonly label: string;
  readonly height?: number;
}

export function Chart({ option, onClick, label, height = 300 }: Props) {
  const language = useLanguageStore((s) => s.language);
  const events = useMemo(() => ({ click: (e: { dataIndex: number }) => onClick(e.dataIndex) }), [onClick]);
  return (
    <div role="figure" aria-label={label}>
      <ReactEChartsCore
        // A new language needs a new instance: ECharts reads the locale only when it starts.
        key={language}
        echarts={echarts}
        option={option}
        opts={{ renderer: 'svg', locale: language === 'zh-CN' ? 'ZH' : 'EN' }}
        onEvents={events}
        style={{ height, cursor: 'pointer' }}
        notMerge
      />
    </div>
  );
}
