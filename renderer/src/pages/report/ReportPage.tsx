// 统计报表: pick a period, read the table with the period before beside it, export it to Excel
// (the report template, through the exchange's writer) or print it on A4 (#/print/report).
import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { describeError } from '../../api/errors';
import { downloadFile } from '../../api/files';
import { useApiQuery } from '../../api/useApiQuery';
import { useCtrlShortcut } from '../../hooks/useShortcut';
import { periodFromSearch, type Period } from './period';
import { PeriodPicker } from './PeriodPicker';
import { ReportTable } from './ReportTable';

export function ReportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const period = periodFromSearch(params);
  const { data, error } = useApiQuery('overview.report', { from: period.from, to: period.to });
  const [exporting, setExporting] = useState(false);
  const choose = (next: Period) => setParams({ from: next.from, to: next.to }, { replace: true });
  const print = () => void navigate(`/print/report?from=${period.from}&to=${period.to}`);

  useCtrlShortcut('p', print);

  const exportExcel = async () => {
    setExporting(true);
    try {
      const file = await api.call('overview.exportReport', { from: period.from, to: period.to });
      await downloadFile(file.fileId, `${t('report.fileName', { from: period.from, to: period.to })}.xlsx`);
      void message.success(t('report.exported'));
    } catch (e) {
      void message.error(describeError(t, e));
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <Typography.Title level={3}>{t('report.heading')}</Typography.Title>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
        <PeriodPicker period={period} onChange={choose} />
        <Space>
          <Button icon={<FileExcelOutlined aria-hidden />} loading={exporting} disabled={data === undefined} onClick={() => void exportExcel()}>
            {t('report.exportExcel')}
          </Button>
          <Button type="primary" icon={<PrinterOutlined aria-hidden />} onClick={print}>
            {t('report.print')}
          </Button>
        </Space>
      </Flex>
      {error !== undefined && <Alert type="error" showIcon title={describeError(t, error)} />}
      {data === undefined ? (
        error === undefined && <Skeleton active />
      ) : (
        <>
          <Flex gap={24} style={{ marginBottom: 8 }}>
            <Typography.Text>{t('report.current', { from: data.current.from, to: data.current.to })}</Typography.Text>
            <Typography.Text type="secondary">{t('report.previous', { from: data.previous.from, to: data.previous.to })}</Typography.Text>
          </Flex>
          <ReportTable report={data} />
        </>
      )}
    </>
  );
}
