// The dashboard's work lists: donors to invite this week, stem-cell volunteers stuck on a step,
// and the wristband follow-up (bands to check, guardians' phones to re-confirm).
import { Button, Card, Col, Flex, InputNumber, List, Row, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard, WorkList } from '../../../../electron/contract/overview';
import { useOpenList } from './useOpenList';

function Work<T>({ title, list, extra, render, onMore }: { title: string; list: WorkList<T>; extra?: ReactNode; render: (row: T) => ReactNode; onMore: () => void }) {
  const { t } = useTranslation();
  const count = list.total > list.rows.length ? t('overview.lists.showingFirst', { count: list.total, shown: list.rows.length }) : t('overview.lists.total', { count: list.total });
  return (
    <Card size="small" title={title} extra={extra} style={{ height: '100%' }}>
      <List size="small" dataSource={[...list.rows]} locale={{ emptyText: t('overview.lists.empty') }} renderItem={(row) => <List.Item>{render(row)}</List.Item>} />
      <Button type="link" onClick={onMore} style={{ paddingInline: 0 }}>
        {count}
      </Button>
    </Card>
  );
}

interface Props {
  readonly dashboard: Dashboard;
  readonly waitingDays: number;
  readonly onWaitingDays: (days: number) => void;
}

export function WorkLists({ dashboard, waitingDays, onWaitingDays }: Props) {
  const { t } = useTranslation();
  const open = useOpenList();
  const { eligibleThisWeek: eligible } = dashboard.blood;
  const { waiting } = dashboard.stemcell;
  const { followUp } = dashboard.wristband;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={8}>
        <Work
          title={t('overview.lists.eligible', { from: eligible.from, to: eligible.to })}
          list={eligible}
          onMore={() => open.eligibleDonors()}
          render={(r) => (
            <Flex justify="space-between" gap={8} style={{ width: '100%' }}>
              <Typography.Text style={{ whiteSpace: 'nowrap' }}>{r.name}</Typography.Text>
              <Typography.Text type="secondary">{t('overview.lists.eligibleFrom', { date: r.from, kind: t(`overview.kinds.${r.kind}`) })}</Typography.Text>
            </Flex>
          )}
        />
      </Col>
      <Col xs={24} xl={8}>
        <Work
          title={t('overview.lists.waiting', { days: waiting.days })}
          list={waiting}
          extra={
            <InputNumber
              size="small"
              aria-label={t('overview.lists.waitingDays')}
              min={1}
              max={365}
              value={waitingDays}
              onChange={(v) => v !== null && onWaitingDays(v)}
              style={{ width: 72 }}
            />
          }
          onMore={() => open.volunteersAt(waiting.rows[0]?.status ?? 'registered')}
          render={(r) => (
            <Flex justify="space-between" gap={8} style={{ width: '100%' }}>
              <Typography.Link style={{ whiteSpace: 'nowrap' }} onClick={() => open.volunteer(r.personId)}>
                {r.name}
              </Typography.Link>
              <Typography.Text type="secondary">{t('overview.lists.waitingLine', { status: t(`stemcell.status.${r.status}`), days: r.days, since: r.since })}</Typography.Text>
            </Flex>
          )}
        />
      </Col>
      <Col xs={24} xl={8}>
        <Work
          title={t('overview.lists.followUp', { months: followUp.months })}
          list={followUp}
          onMore={() => open.followUp()}
          render={(r) => (
            <Flex justify="space-between" gap={8} style={{ width: '100%' }}>
              <Typography.Link style={{ whiteSpace: 'nowrap' }} onClick={() => open.participant(r.participantId)}>
                {r.name}
              </Typography.Link>
              <span>
                {r.reasons.map((reason) => (
                  <Tag key={reason}>{t(`overview.lists.followUpReasons.${reason}`)}</Tag>
                ))}
              </span>
            </Flex>
          )}
        />
      </Col>
    </Row>
  );
}
