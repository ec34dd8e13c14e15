// 总览: the page after sign-in. Anyone missing comes first, in red; then the programs' tiles,
// the charts (a click opens the list behind a figure) and the work lists for this week.
import { BarChartOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DEFAULT_WAITING_DAYS } from '../../../../electron/contract/overview';
import { describeError } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import { DashboardCharts } from './DashboardCharts';
import { MissingAlert } from './MissingAlert';
import { Tiles } from './Tiles';
import { WorkLists } from './WorkLists';

export function DashboardPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [revision, setRevision] = useState(0);
  const [waitingDays, setWaitingDays] = useState(DEFAULT_WAITING_DAYS);
  const { data, error, loading } = useApiQuery('overview.dashboard', { waitingDays }, revision);

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('overview.heading')}
        </Typography.Title>
        <Space>
          {data && <Typography.Text type="secondary">{t('overview.asOf', { date: data.today })}</Typography.Text>}
          <Button icon={<ReloadOutlined aria-hidden />} loading={loading} onClick={() => setRevision((n) => n + 1)}>
            {t('overview.refresh')}
          </Button>
          <Button icon={<BarChartOutlined aria-hidden />} onClick={() => void navigate('/report')}>
            {t('overview.openReport')}
          </Button>
        </Space>
      </Flex>
      <div style={{ marginTop: 16 }}>
        {error !== undefined && <Alert type="error" showIcon title={t('overview.loadFailed', { message: describeError(t, error) })} />}
        {data === undefined ? (
          error === undefined && <Skeleton active paragraph={{ rows: 10 }} />
        ) : (
          <Flex vertical gap={24}>
            <div>
              <MissingAlert missing={data.wristband.missing} />
              <Tiles dashboard={data} />
            </div>
            <DashboardCharts dashboard={data} />
            <WorkLists dashboard={data} waitingDays={waitingDays} onWaitingDays={setWaitingDays} />
          </Flex>
        )}
      </div>
    </>
  );
}
