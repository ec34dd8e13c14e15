// The dashboard's four charts; a click on one opens the list it counts.
import { Card, Col, Empty, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../electron/contract/overview';
import { Chart } from './Chart';
import { donationsOption, drivesOption, funnelOption, incidentsOption } from './chartOptions';
import { useOpenList } from './useOpenList';

export function DashboardCharts({ dashboard }: { readonly dashboard: Dashboard }) {
  const { t } = useTranslation();
  const open = useOpenList();
  const { blood, stemcell, wristband } = dashboard;
  const charts = [
    {
      key: 'donations',
      title: t('overview.charts.donationsByMonth'),
      empty: blood.byMonth.every((m) => m.donations === 0),
      chart: <Chart label={t('overview.charts.donationsByMonth')} option={donationsOption(t, blood.byMonth)} onClick={(i) => open.donationsOf(blood.byMonth[i].month)} />,
    },
    {
      key: 'funnel',
      title: t('overview.charts.funnel'),
      empty: stemcell.funnel[0].reached === 0,
      chart: <Chart label={t('overview.charts.funnel')} option={funnelOption(t, stemcell.funnel)} onClick={(i) => open.volunteersAt(stemcell.funnel[i].stage)} />,
    },
    {
      key: 'drives',
      title: t('overview.charts.topDrives'),
      empty: blood.topDrives.length === 0,
      chart: <Chart label={t('overview.charts.topDrives')} option={drivesOption(t, blood.topDrives)} onClick={() => open.drivesByVolume()} />,
    },
    {
      key: 'incidents',
      title: t('overview.charts.incidents'),
      empty: wristband.byMonth.every((m) => m.incidents === 0),
      chart: <Chart label={t('overview.charts.incidents')} option={incidentsOption(t, wristband.byMonth)} onClick={() => open.incidents()} />,
    },
  ];
  return (
    <>
      <Typography.Text type="secondary">{t('overview.charts.clickHint')}</Typography.Text>
      <Row gutter={[16, 16]} style={{ marginTop: 8 }}>
        {charts.map((c) => (
          <Col key={c.key} xs={24} xl={12}>
            <Card size="small" title={c.title}>
              {c.empty ? <Empty description={t('overview.charts.empty')} /> : c.chart}
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}
