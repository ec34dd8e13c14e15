// One page of volunteers from the registry, with the status filter and its counts above it.
import { Button, Segmented, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { ENROLLMENT_FILTERS, type EnrollmentFilter, type EnrollmentPage, type EnrollmentSummary } from '../../../../electron/contract/stemcell';
import { describeError } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import { ageToday, daysSince } from './dates';
import { StatusTag } from './StatusTag';
import { useStemcellView } from './viewStore';

const ALL = 'all';

function FilterBar({ counts }: { readonly counts: EnrollmentPage['counts'] | undefined }) {
  const { t } = useTranslation();
  const { filter, setFilter } = useStemcellView();
  const total = counts ? ENROLLMENT_FILTERS.filter((f) => f !== 'regret').reduce((sum, f) => sum + counts[f], 0) : undefined;
  const label = (text: string, count: number | undefined) => (count === undefined ? text : `${text} ${count}`);
  return (
    <Segmented<EnrollmentFilter | typeof ALL>
      value={filter ?? ALL}
      onChange={(value) => setFilter(value === ALL ? undefined : value)}
      options={[
        { value: ALL, label: label(t('stemcell.all'), total) },
        ...ENROLLMENT_FILTERS.map((f) => ({ value: f, label: label(f === 'regret' ? t('stemcell.regret') : t(`stemcell.status.${f}`), counts?.[f]) })),
      ]}
      style={{ marginBottom: 16, flexWrap: 'wrap' }}
    />
  );
}

export function VolunteerTable() {
  const { t } = useTranslation();
  const { filter, page, pageSize, revision, turnPage, open } = useStemcellView();
  const list = useApiQuery('stemcell.list', { status: filter, offset: (page - 1) * pageSize, limit: pageSize }, revision);
  const none = t('common.none');

  const columns: TableColumnsType<EnrollmentSummary> = [
    {
      title: t('stemcell.columns.name'),
      dataIndex: 'name',
      render: (name: string, v) => (
        <Button type="link" style={{ padding: 0, height: 'auto' }} onClick={() => open(v.personId)}>
          {name}
        </Button>
      ),
    },
    { title: t('stemcell.columns.sex'), dataIndex: 'sex', width: 64, render: (sex: EnrollmentSummary['sex']) => (sex ? t(`sex.${sex}`) : none) },
    {
      title: t('stemcell.columns.age'),
      dataIndex: 'birthDate',
      width: 72,
      render: (birthDate: string | null) => ageToday(birthDate) ?? none,
    },
    { title: t('stemcell.columns.status'), key: 'status', width: 170, render: (_, v) => <StatusTag {...v} /> },
    {
      title: t('stemcell.columns.since'),
      dataIndex: 'statusSince',
      width: 170,
      render: (date: string) => t('stemcell.sinceDays', { date, days: daysSince(date) }),
    },
    {
      title: t('stemcell.columns.donorId'),
      dataIndex: 'cmdpDonorId',
      width: 150,
      render: (id: string | null) => (id ? <Typography.Text style={{ fontVariantNumeric: 'tabular-nums' }}>{id}</Typography.Text> : none),
    },
    { title: t('stemcell.columns.consentDate'), dataIndex: 'consentDate', width: 130 },
  ];

  return (
    <>
      <FilterBar counts={list.data?.counts} />
      <Table<EnrollmentSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.rows}
        loading={list.loading}
        locale={{ emptyText: list.error ? describeError(t, list.error) : filter ? t('stemcell.emptyFilter') : t('stemcell.empty') }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (count) => t('stemcell.total', { count }),
          onChange: turnPage,
        }}
      />
    </>
  );
}
