// The statistics table: per program, this period beside the previous one and the change. The
// same lines (contract reportLines) make the printed report and the spreadsheet.
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { reportLines, type PeriodReport, type ReportLine } from '../../../../electron/contract/overview';

export const formatRate = (rate: number | null) => (rate === null ? '—' : `${rate > 0 ? '+' : ''}${(rate * 100).toFixed(1)}%`);
export const formatChange = (change: number | null) => (change === null ? '—' : `${change > 0 ? '+' : ''}${change}`);
export const formatValue = (value: number | null) => (value === null ? '—' : String(value));

/** Rows with the program named once, over all of its lines. */
export function groupedLines(report: PeriodReport): (ReportLine & { span: number })[] {
  const lines = reportLines(report);
  return lines.map((line, i) => ({
    ...line,
    span: i > 0 && lines[i - 1].program === line.program ? 0 : lines.filter((l) => l.program === line.program).length,
  }));
}

export function ReportTable({ report }: { readonly report: PeriodReport }) {
  const { t } = useTranslation();
  const tone = (change: number | null) => (change === null || change === 0 ? undefined : change > 0 ? 'success' : 'danger');
  return (
    <Table
      size="small"
      bordered
      pagination={false}
      rowKey="key"
      dataSource={groupedLines(report)}
      columns={[
        { key: 'program', title: t('report.columns.program'), render: (_, l) => t(`report.programs.${l.program}`), onCell: (l) => ({ rowSpan: l.span }) },
        { key: 'figure', title: t('report.columns.figure'), render: (_, l) => t(`report.lines.${l.key}`) },
        { key: 'current', title: t('report.columns.current'), align: 'right', render: (_, l) => formatValue(l.current) },
        { key: 'previous', title: t('report.columns.previous'), align: 'right', render: (_, l) => formatValue(l.previous) },
        { key: 'change', title: t('report.columns.change'), align: 'right', render: (_, l) => <Typography.Text type={tone(l.change)}>{formatChange(l.change)}</Typography.Text> },
        { key: 'rate', title: t('report.columns.changeRate'), align: 'right', render: (_, l) => <Typography.Text type={tone(l.change)}>{formatRate(l.changeRate)}</Typography.Text> },
      ]}
    />
  );
}
