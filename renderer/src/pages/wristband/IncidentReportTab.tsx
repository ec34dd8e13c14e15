// The incidents report: how many went missing and were reunited per month, how long it took to
// bring them home, and how they were identified (does the band help?). Defaults to the last
// twelve months; clicking a month narrows the report to it. Charts reuse the dashboard's.
import { Alert, Card, Col, DatePicker, Empty, Flex, Row, Spin, Statistic } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IDENTIFICATION_METHODS } from '../../../../electron/contract/wristbandIncidents';
import { describeError } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import { Chart } from '../dashboard/Chart';
import { toIsoDate } from '../stemcell/dates';
import { useWristbandView } from './viewStore';

type Range = [Dayjs, Dayjs];
const lastYear = (): Range => [dayjs().subtract(11, 'month').startOf('month'), dayjs()];

export function IncidentReportTab() {
  const { t } = useTranslation();
  const revision = useWristbandView((s) => s.revision);
  const [range, setRange] = useState<Range>(lastYear);
  const report = useApiQuery('wristband.incidentReport', { from: toIsoDate(range[0]), to: toIsoDate(range[1]) }, revision);
  const data = report.data;

  const byMonth = data
    ? {
        tooltip: { trigger: 'axis' },
        legend: {},
        grid: { left: 40, right: 16, top: 40, bottom: 24 },
        xAxis: { type: 'category', data: data.byMonth.map((m) => m.month) },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          { name: t('wristband.report.missingSeries'), type: 'bar', data: data.byMonth.map((m) => m.missing) },
          { name: t('wristband.report.reunitedSeries'), type: 'bar', data: data.byMonth.map((m) => m.reunited) },
        ],
      }
    : null;
  const identified = data
    ? {
        tooltip: {},
        grid: { left: 120, right: 24, top: 16, bottom: 24 },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: IDENTIFICATION_METHODS.map((m) => t(`wristband.identification.${m}`)) },
        series: [{ type: 'bar', data: IDENTIFICATION_METHODS.map((m) => data.identifiedBy[m]) }],
      }
    : null;

  const narrowToMonth = (index: number) => {
    const month = data?.byMonth[index]?.month;
    if (month) setRange([dayjs(`${month}-01`), dayjs(`${month}-01`).endOf('month')]);
  };

  return (
    <Flex vertical gap={16}>
      <DatePicker.RangePicker
        picker="month"
        aria-label={t('wristband.report.range')}
        value={range}
        allowClear={false}
        onChange={(value) => value?.[0] && value[1] && setRange([value[0].startOf('month'), value[1].endOf('month')])}
        style={{ width: 280 }}
      />
      {report.error !== undefined ? (
        <Alert type="error" showIcon title={describeError(t, report.error)} />
      ) : !data ? (
        <Spin />
      ) : data.total === 0 ? (
        <Empty description={t('wristband.report.empty')} />
      ) : (
        <>
          <Row gutter={16}>
            <Col span={6}>
              <Card size="small">
                <Statistic title={t('wristband.report.total')} value={data.total} />
              </Card>
            </Col>
            <Col span={6}>
              <Card size="small">
                <Statistic title={t('wristband.report.open')} value={data.open} />
              </Card>
            </Col>
            <Col span={6}>
              <Card size="small">
                <Statistic title={t('wristband.report.reunited')} value={data.reunited} />
              </Card>
            </Col>
            <Col span={6}>
              <Card size="small">
                <Statistic
                  title={t('wristband.report.median')}
                  value={data.medianHoursToReunite === null ? t('common.none') : t('wristband.report.hours', { n: Math.round(data.medianHoursToReunite * 10) / 10 })}
                />
              </Card>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col span={14}>
              <Card size="small" title={t('wristband.report.byMonth')}>
                {byMonth && <Chart option={byMonth} onClick={narrowToMonth} label={t('wristband.report.byMonth')} />}
              </Card>
            </Col>
            <Col span={10}>
              <Card size="small" title={t('wristband.report.identified')}>
                {identified && <Chart option={identified} onClick={() => undefined} label={t('wristband.report.identified')} />}
              </Card>
            </Col>
          </Row>
        </>
      )}
    </Flex>
  );
}
