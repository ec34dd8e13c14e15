// 献血活动: the office's drives, by total volume (its records first, the record marked) or by
// date, with who came and what was given, summed from the donations.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Segmented, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Drive } from '../../../../electron/contract/blood';
import { describeError } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import { useBloodView } from './bloodView';

interface Props {
  readonly onOpen: (driveId: number) => void;
  readonly onAdd: () => void;
}

export function DrivesTab({ onOpen, onAdd }: Props) {
  const { t } = useTranslation();
  const { drives, revision, sortDrives, turnPage } = useBloodView();
  const { filters, page, pageSize } = drives;
  const list = useApiQuery('blood.listDrives', { sort: filters.sort, offset: (page - 1) * pageSize, limit: pageSize }, revision);

  const columns: TableColumnsType<Drive> = [
    { title: t('blood.drives.date'), dataIndex: 'date', width: 116 },
    {
      title: t('blood.drives.site'),
      dataIndex: 'site',
      render: (site: string, d) => (
        <Flex gap={8} align="center">
          <Button type="link" style={{ padding: 0, height: 'auto' }} onClick={() => onOpen(d.id)}>
            {site}
          </Button>
          {d.isRecord ? <Tag color="volcano">{t('blood.drives.record')}</Tag> : null}
        </Flex>
      ),
    },
    { title: t('blood.drives.organiser'), dataIndex: 'organiser', render: (o: string | null) => o ?? t('common.none') },
    {
      title: t('blood.drives.partners'),
      dataIndex: 'partnerUnits',
      render: (units: Drive['partnerUnits']) => units.map((u) => <Tag key={u.id}>{u.name}</Tag>),
    },
    { title: t('blood.drives.came'), key: 'came', width: 72, align: 'right', render: (_, d) => d.totals.came },
    { title: t('blood.drives.deferred'), key: 'deferred', width: 72, align: 'right', render: (_, d) => d.totals.deferred },
    { title: t('blood.drives.donated'), key: 'donated', width: 72, align: 'right', render: (_, d) => d.totals.donated },
    { title: t('blood.drives.wholeBlood'), key: 'ml', width: 120, align: 'right', render: (_, d) => t('blood.ml', { count: d.totals.wholeBloodMl }) },
    { title: t('blood.drives.platelets'), key: 'units', width: 130, align: 'right', render: (_, d) => t('blood.units', { count: d.totals.plateletUnits }) },
  ];

  return (
    <>
      <Flex justify="space-between" align="center" gap={16} style={{ marginBottom: 16 }}>
        <Segmented<'volume' | 'date'>
          value={filters.sort}
          options={[
            { value: 'volume', label: t('blood.drives.byVolume') },
            { value: 'date', label: t('blood.drives.byDate') },
          ]}
          onChange={sortDrives}
        />
        <Button icon={<PlusOutlined aria-hidden />} onClick={onAdd}>
          {t('blood.drives.add')}
        </Button>
      </Flex>
      <Table<Drive>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.rows}
        loading={list.loading}
        onRow={(d) => (d.isRecord ? { style: { background: 'var(--ant-color-warning-bg, #fffbe6)' } } : {})}
        locale={{ emptyText: list.error ? describeError(t, list.error) : t('blood.drives.empty') }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showTotal: (count) => t('blood.drives.total', { count }),
          onChange: (p, size) => turnPage('drives', p, size),
        }}
      />
    </>
  );
}
