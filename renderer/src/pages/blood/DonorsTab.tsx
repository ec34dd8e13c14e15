// 献血者: everyone who has donated, most recent first, paged by the registry; filters for who
// may give today and for the date of the last donation.
import { Button, DatePicker, Flex, Segmented, Table, Tag, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { DonorRow } from '../../../../electron/contract/blood';
import { describeError } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import { useBloodView } from './bloodView';
import { NextDateCell } from './NextDateCell';

type Eligible = 'all' | 'whole_blood' | 'platelets';

export function DonorsTab({ onOpenPerson }: { readonly onOpenPerson: (personId: number) => void }) {
  const { t } = useTranslation();
  const { donors, revision, filterDonors, turnPage } = useBloodView();
  const { filters, page, pageSize } = donors;
  const list = useApiQuery('blood.listDonors', { ...filters, offset: (page - 1) * pageSize, limit: pageSize }, revision);
  const filtered = Object.values(filters).some((v) => v !== undefined);

  const columns: TableColumnsType<DonorRow> = [
    {
      title: t('person.name'),
      dataIndex: 'name',
      render: (name: string, row) => (
        <Button type="link" style={{ padding: 0, height: 'auto' }} onClick={() => onOpenPerson(row.personId)}>
          {name}
        </Button>
      ),
    },
    { title: t('person.sex'), dataIndex: 'sex', width: 64, render: (sex: DonorRow['sex']) => (sex ? t(`sex.${sex}`) : t('common.none')) },
    {
      title: t('blood.donors.age'),
      dataIndex: 'birthDate',
      width: 72,
      render: (birth: string | null) => (birth ? dayjs().diff(dayjs(birth), 'year') : t('common.none')),
    },
    { title: t('blood.standing.donations'), dataIndex: 'donations', width: 90, align: 'right' },
    { title: t('blood.drives.wholeBlood'), dataIndex: 'wholeBloodMl', width: 110, align: 'right', render: (ml: number) => (ml > 0 ? t('blood.ml', { count: ml }) : t('common.none')) },
    { title: t('blood.drives.platelets'), dataIndex: 'plateletUnits', width: 120, align: 'right', render: (u: number) => (u > 0 ? t('blood.units', { count: u }) : t('common.none')) },
    { title: t('blood.donors.lastDonation'), dataIndex: 'lastDate', width: 120 },
    { title: t('blood.standing.nextWhole'), key: 'nextWhole', width: 130, render: (_, row) => <NextDateCell eligibility={row.eligibility.wholeBlood} /> },
    { title: t('blood.standing.nextPlatelets'), key: 'nextPlatelets', width: 130, render: (_, row) => <NextDateCell eligibility={row.eligibility.platelets} /> },
    {
      title: t('blood.standing.honours'),
      dataIndex: 'highestHonour',
      render: (h: DonorRow['highestHonour']) => (h ? <Tag color="gold">{t(`blood.honours.${h}`)}</Tag> : null),
    },
  ];

  return (
    <>
      <Flex gap={16} wrap align="center" style={{ marginBottom: 16 }}>
        <Segmented<Eligible>
          value={filters.eligibleFor ?? 'all'}
          options={[
            { value: 'all', label: t('blood.donors.all') },
            { value: 'whole_blood', label: t('blood.donors.eligibleWhole') },
            { value: 'platelets', label: t('blood.donors.eligiblePlatelets') },
          ]}
          onChange={(value) => filterDonors({ ...filters, eligibleFor: value === 'all' ? undefined : value })}
        />
        <DatePicker.RangePicker
          aria-label={t('blood.donors.lastDonation')}
          placeholder={[t('blood.donors.lastDonation'), t('blood.donors.lastDonation')]}
          value={filters.lastFrom && filters.lastTo ? [dayjs(filters.lastFrom), dayjs(filters.lastTo)] : null}
          onChange={(range) =>
            filterDonors({ ...filters, lastFrom: range?.[0]?.format('YYYY-MM-DD'), lastTo: range?.[1]?.format('YYYY-MM-DD') })
          }
        />
      </Flex>
      <Table<DonorRow>
        rowKey="personId"
        size="middle"
        columns={columns}
        dataSource={list.data?.rows}
        loading={list.loading}
        locale={{ emptyText: list.error ? describeError(t, list.error) : filtered ? t('blood.donors.emptyFiltered') : t('blood.donors.empty') }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (count) => t('blood.donors.total', { count }),
          onChange: (p, size) => turnPage('donors', p, size),
        }}
      />
    </>
  );
}
