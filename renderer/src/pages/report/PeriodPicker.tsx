// Choosing the report's period: a month, a quarter, a year, or any from–to.
import { DatePicker, Flex, Segmented } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { periodOf, type Period, type PeriodKind } from './period';

const KINDS: readonly PeriodKind[] = ['month', 'quarter', 'year', 'range'];

export function PeriodPicker({ period, onChange }: { readonly period: Period; readonly onChange: (period: Period) => void }) {
  const { t } = useTranslation();
  const from = dayjs(period.from);
  return (
    <Flex gap={12} align="center" wrap>
      <Segmented<PeriodKind>
        aria-label={t('report.periodKind')}
        value={period.kind}
        options={KINDS.map((k) => ({ value: k, label: t(`report.kinds.${k}`) }))}
        onChange={(kind) => onChange(kind === 'range' ? { ...period, kind } : periodOf(kind, from))}
      />
      {period.kind === 'range' ? (
        <DatePicker.RangePicker
          aria-label={t('report.kinds.range')}
          allowClear={false}
          value={[from, dayjs(period.to)]}
          onChange={(range) => range?.[0] && range[1] && onChange({ kind: 'range', from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') })}
        />
      ) : (
        <DatePicker
          aria-label={t(`report.kinds.${period.kind}`)}
          picker={period.kind}
          allowClear={false}
          value={from}
          format={period.kind === 'quarter' ? (d) => t('report.quarter', { year: d.year(), quarter: Math.floor(d.month() / 3) + 1 }) : undefined}
          onChange={(day) => day && onChange(periodOf(period.kind as Exclude<PeriodKind, 'range'>, day))}
        />
      )}
    </Flex>
  );
}
