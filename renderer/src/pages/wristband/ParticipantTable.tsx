// The participants, a page at a time from the registry: in the program (or left, or all),
// narrowed to a village and a grid cell, or found by name or band code. The phone shown is the
// band contact's, masked: the full numbers are in the record.
import { Button, Flex, Input, Segmented, Select, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BandStatus, ParticipantSummary } from '../../../../electron/contract/wristband';
import { describeError } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import { ageToday } from '../stemcell/dates';
import { useWristbandView, type ParticipantScope } from './viewStore';

const ANY = '';
const SCOPES: readonly ParticipantScope[] = ['active', 'left', 'all'];
export const BAND_STATUS_COLORS: Readonly<Record<BandStatus, string>> = {
  issued: 'gold',
  active: 'green',
  lost: 'red',
  damaged: 'orange',
  replaced: 'default',
  retired: 'default',
};

export function ParticipantTable() {
  const { t } = useTranslation();
  const { scope, village, grid, query, page, pageSize, revision, setScope, setPlace, setQuery, turnPage, open } = useWristbandView();
  const places = useApiQuery('wristband.places', {}, revision);
  const list = useApiQuery(
    'wristband.list',
    { status: scope, village, grid, query: query || undefined, offset: (page - 1) * pageSize, limit: pageSize },
    revision,
  );
  const grids = places.data?.find((p) => p.village === village)?.grids ?? [];
  const none = t('common.none');

  const columns: TableColumnsType<ParticipantSummary> = [
    {
      title: t('wristband.columns.name'),
      dataIndex: 'name',
      render: (name: string, row) => (
        <Flex gap={6} align="center">
          <Button type="link" style={{ padding: 0, height: 'auto' }} onClick={() => open(row.id)}>
            {name}
          </Button>
          {row.missing && <Tag color="red">{t('wristband.missingTag')}</Tag>}
        </Flex>
      ),
    },
    { title: t('wristband.columns.sex'), dataIndex: 'sex', width: 64, render: (sex: ParticipantSummary['sex']) => (sex ? t(`sex.${sex}`) : none) },
    { title: t('wristband.columns.age'), dataIndex: 'birthDate', width: 64, render: (birthDate: string | null) => ageToday(birthDate) ?? none },
    { title: t('wristband.columns.village'), dataIndex: 'village' },
    { title: t('wristband.columns.grid'), dataIndex: 'grid', render: (g: string | null) => g ?? none },
    { title: t('wristband.columns.band'), dataIndex: 'bandCode', width: 140, render: (code: string | null) => code ?? none },
    {
      title: t('wristband.columns.bandStatus'),
      dataIndex: 'bandStatus',
      width: 100,
      render: (status: BandStatus | null) => (status ? <Tag color={BAND_STATUS_COLORS[status]}>{t(`wristband.bandStatuses.${status}`)}</Tag> : none),
    },
    { title: t('wristband.columns.contactPhone'), dataIndex: 'contactPhoneMasked', width: 140, render: (p: string | null) => p ?? none },
    scope === 'active'
      ? { title: t('wristband.columns.enrolledOn'), dataIndex: 'enrolledOn', width: 110 }
      : { title: t('wristband.columns.status'), dataIndex: 'status', width: 90, render: (s: ParticipantSummary['status']) => t(`wristband.statuses.${s}`) },
  ];

  return (
    <>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
        <Segmented<ParticipantScope> value={scope} onChange={setScope} options={SCOPES.map((s) => ({ value: s, label: t(`wristband.scopes.${s}`) }))} />
        <Select<string>
          aria-label={t('wristband.columns.village')}
          value={village ?? ANY}
          onChange={(value) => setPlace(value || undefined, undefined)}
          style={{ width: 180 }}
          showSearch
          options={[{ value: ANY, label: t('wristband.allVillages') }, ...(places.data ?? []).map((p) => ({ value: p.village, label: `${p.village}（${p.participants}）` }))]}
        />
        <Select<string>
          aria-label={t('wristband.columns.grid')}
          value={grid ?? ANY}
          disabled={village === undefined || grids.length === 0}
          onChange={(value) => setPlace(village, value || undefined)}
          style={{ width: 160 }}
          options={[{ value: ANY, label: t('wristband.allGrids') }, ...grids.map((g) => ({ value: g, label: g }))]}
        />
        <Input.Search
          aria-label={t('wristband.searchPlaceholder')}
          placeholder={t('wristband.searchPlaceholder')}
          defaultValue={query}
          allowClear
          onSearch={(value) => setQuery(value.trim())}
          style={{ width: 240 }}
        />
      </Flex>
      <Table<ParticipantSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.rows}
        loading={list.loading}
        locale={{ emptyText: list.error ? describeError(t, list.error) : village || query || scope !== 'active' ? t('wristband.emptyFilter') : t('wristband.empty') }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (count) => t('wristband.total', { count }),
          onChange: turnPage,
        }}
      />
    </>
  );
}
