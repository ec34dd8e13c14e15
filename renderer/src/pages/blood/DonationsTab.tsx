// 献血记录: every donation and deferred visit, with filters by date, kind and outcome.
import { DatePicker, Flex, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DONATION_KINDS, DONATION_OUTCOMES, type DonationKind, type DonationOutcome } from '../../../../electron/contract/blood';
import { useBloodView } from './bloodView';
import { DonationsTable } from './DonationsTable';

export function DonationsTab({ onOpenPerson }: { readonly onOpenPerson: (personId: number) => void }) {
  const { t } = useTranslation();
  const { donations, filterDonations, turnPage } = useBloodView();
  const { filters, page, pageSize } = donations;
  return (
    <>
      <Flex gap={16} wrap align="center" style={{ marginBottom: 16 }}>
        <DatePicker.RangePicker
          aria-label={t('blood.donations.dates')}
          value={filters.from && filters.to ? [dayjs(filters.from), dayjs(filters.to)] : null}
          onChange={(range) => filterDonations({ ...filters, from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
        />
        <Select<DonationKind | ''>
          aria-label={t('blood.form.kind')}
          style={{ width: 150 }}
          value={filters.kind ?? ''}
          options={[{ value: '', label: t('blood.donations.allKinds') }, ...DONATION_KINDS.map((k) => ({ value: k, label: t(`blood.kinds.${k}`) }))]}
          onChange={(kind) => filterDonations({ ...filters, kind: kind === '' ? undefined : kind })}
        />
        <Select<DonationOutcome | ''>
          aria-label={t('blood.form.outcome')}
          style={{ width: 150 }}
          value={filters.outcome ?? ''}
          options={[{ value: '', label: t('blood.donations.allOutcomes') }, ...DONATION_OUTCOMES.map((o) => ({ value: o, label: t(`blood.outcomes.${o}`) }))]}
          onChange={(outcome) => filterDonations({ ...filters, outcome: outcome === '' ? undefined : outcome })}
        />
      </Flex>
      <DonationsTable filter={filters} page={page} pageSize={pageSize} onPage={(p, size) => turnPage('donations', p, size)} onOpenPerson={onOpenPerson} />
    </>
  );
}
