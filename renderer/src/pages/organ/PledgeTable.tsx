// One page of pledges from the registry: in force by default, or revoked or superseded, and
// narrowed to what is pledged (e.g. whole-body pledges, whose executors the office keeps up).
import { Button, Flex, Segmented, Select, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { PLEDGE_KINDS, PLEDGE_STATUSES, type PledgeKind, type PledgeStatus, type PledgeSummary } from '../../../../electron/contract/organ';
import { describeError } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import { ageToday } from '../stemcell/dates';
import { PledgeKinds } from './PledgeKinds';
import { useOrganView } from './viewStore';

const ANY = 'any';

export function PledgeTable() {
  const { t } = useTranslation();
  const { status, kind, page, pageSize, revision, setStatus, setKind, turnPage, open } = useOrganView();
  const list = useApiQuery('organ.list', { status, kind, offset: (page - 1) * pageSize, limit: pageSize }, revision);
  const counts = list.data?.counts;
  const none = t('common.none');

  const columns: TableColumnsType<PledgeSummary> = [
    {
      title: t('organ.columns.name'),
      dataIndex: 'name',
      render: (name: string, pledge) => (
        <Button type="link" style={{ padding: 0, height: 'auto' }} onClick={() => open(pledge.personId)}>
          {name}
        </Button>
      ),
    },
    { title: t('organ.columns.sex'), dataIndex: 'sex', width: 64, render: (sex: PledgeSummary['sex']) => (sex ? t(`sex.${sex}`) : none) },
    { title: t('organ.columns.age'), dataIndex: 'birthDate', width: 64, render: (birthDate: string | null) => ageToday(birthDate) ?? none },
    { title: t('organ.columns.kinds'), key: 'kinds', render: (_, pledge) => <PledgeKinds {...pledge} /> },
    { title: t('organ.columns.card'), dataIndex: 'cardNumber', width: 150 },
    { title: t('organ.columns.registeredOn'), dataIndex: 'registeredOn', width: 120 },
    status === 'revoked'
      ? { title: t('organ.columns.revokedOn'), dataIndex: 'revokedOn', width: 120 }
      : { title: t('organ.columns.effectiveOn'), dataIndex: 'effectiveOn', width: 120 },
  ];

  return (
    <>
      <Flex gap={16} wrap align="center" style={{ marginBottom: 16 }}>
        <Segmented<PledgeStatus>
          value={status}
          onChange={setStatus}
          options={PLEDGE_STATUSES.map((s) => ({ value: s, label: counts ? `${t(`organ.statuses.${s}`)} ${counts[s]}` : t(`organ.statuses.${s}`) }))}
        />
        <Select<PledgeKind | typeof ANY>
          aria-label={t('organ.columns.kinds')}
          value={kind ?? ANY}
          onChange={(value) => setKind(value === ANY ? undefined : value)}
          style={{ width: 160 }}
          options={[{ value: ANY, label: t('organ.allKinds') }, ...PLEDGE_KINDS.map((k) => ({ value: k, label: t(`organ.kinds.${k}`) }))]}
        />
      </Flex>
      <Table<PledgeSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.rows}
        loading={list.loading}
        locale={{ emptyText: list.error ? describeError(t, list.error) : kind || status !== 'active' ? t('organ.emptyFilter') : t('organ.empty') }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (count) => t('organ.total', { count }),
          onChange: turnPage,
        }}
      />
    </>
  );
}
