// Who is due a visit or a call: participants whose band was not checked, or whose guardians'
// phones were not confirmed, within the follow-up period (a setting). Opening a row leads to
// the record, where the check and the confirmations are recorded.
import { Alert, Button, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpRow } from '../../../../electron/contract/wristbandIncidents';
import { describeError } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import { useWristbandView } from './viewStore';

const PAGE_SIZE = 50;

export function FollowUpTab() {
  const { t } = useTranslation();
  const revision = useWristbandView((s) => s.revision);
  const open = useWristbandView((s) => s.open);
  const [page, setPage] = useState(1);
  const list = useApiQuery('wristband.followUp', { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }, revision);
  const never = t('wristband.followUp.never');

  const columns: TableColumnsType<FollowUpRow> = [
    {
      title: t('wristband.followUp.columns.name'),
      dataIndex: 'name',
      render: (name: string, row) => (
        <Button type="link" style={{ padding: 0, height: 'auto' }} onClick={() => open(row.participantId)}>
          {name}
        </Button>
      ),
    },
    { title: t('wristband.followUp.columns.place'), key: 'place', render: (_, row) => [row.village, row.grid].filter(Boolean).join(' · ') },
    { title: t('wristband.followUp.columns.band'), dataIndex: 'bandCode', render: (code: string | null) => code ?? t('common.none') },
    { title: t('wristband.followUp.columns.bandCheckedOn'), dataIndex: 'bandCheckedOn', render: (date: string | null) => date ?? t('common.none') },
    { title: t('wristband.followUp.columns.phonesConfirmedOn'), dataIndex: 'phonesConfirmedOn', render: (date: string | null) => date ?? never },
    {
      title: t('wristband.followUp.columns.reasons'),
      dataIndex: 'reasons',
      render: (reasons: FollowUpRow['reasons']) => reasons.map((r) => <Tag key={r} color="orange">{t(`wristband.followUp.reasons.${r}`)}</Tag>),
    },
  ];

  return (
    <>
      {list.data && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('wristband.followUp.hint', { months: list.data.months, date: list.data.dueBefore })} />}
      <Table<FollowUpRow>
        rowKey="participantId"
        size="middle"
        columns={columns}
        dataSource={list.data?.rows}
        loading={list.loading}
        locale={{ emptyText: list.error ? describeError(t, list.error) : t('wristband.followUp.empty') }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, showTotal: (count) => t('wristband.followUp.total', { count }), onChange: setPage }}
      />
    </>
  );
}
