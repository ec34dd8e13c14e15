// 导出批次: the batches sent up to the registries above, and making a new one (Ctrl+E). A new
// batch's file is saved at once; every batch can be downloaded again (xlsx or csv), written
// again and checked against its hash, marked submitted, closed and reopened.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportBatch, ExportResult } from '../../../../electron/contract/exports';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { useCtrlShortcut } from '../../hooks/useShortcut';
import { batchErrorText } from './batchErrors';
import { BatchCloseModal } from './BatchCloseModal';
import { BatchCreateModal } from './BatchCreateModal';
import { BatchesTable } from './BatchesTable';
import { BatchReopenModal } from './BatchReopenModal';
import { useBatchDownload } from './useBatchDownload';

const PAGE_SIZE = 20;

export function BatchesPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const [revision, setRevision] = useState(0);
  const [creating, setCreating] = useState(false);
  const [closing, setClosing] = useState<ExportBatch | null>(null);
  const [reopening, setReopening] = useState<ExportBatch | null>(null);
  const [lastResult, setLastResult] = useState<ExportResult | null>(null);
  const list = useApiQuery('exports.list', { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }, revision);
  const files = useBatchDownload();
  const changed = () => setRevision((n) => n + 1);

  useCtrlShortcut('e', () => setCreating(true));

  const created = async (result: ExportResult) => {
    setCreating(false);
    setLastResult(result);
    changed();
    if (result.batch === null || result.file === null) {
      void message.info(t('exports.result.nothing'));
      return;
    }
    void message.success(t('exports.result.created', { id: result.batch.id, rows: result.rows }));
    setPage(1);
    await files.save(result.batch.id, result.file);
  };

  const submit = async (batch: ExportBatch) => {
    try {
      await api.call('exports.submit', { batchId: batch.id });
      void message.success(t('exports.result.submitted', { id: batch.id }));
      changed();
    } catch (error) {
      void message.error(batchErrorText(t, error));
    }
  };

  const notReady = lastResult?.notReady ?? [];

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" gap={16}>
        <Flex vertical>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('exports.heading')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('exports.hint')}</Typography.Text>
        </Flex>
        <Tooltip title={t('exports.createShortcut')}>
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
            {t('exports.create')}
          </Button>
        </Tooltip>
      </Flex>
      {notReady.length > 0 && (
        <Alert
          type="warning"
          showIcon
          closable={{ onClose: () => setLastResult(null) }}
          title={t('exports.result.notReady', { count: notReady.length })}
          description={notReady
            .slice(0, 20)
            .map((n) => `${n.name}（${t('exports.result.missing', { what: n.missing.join('、') })}）`)
            .join('；')}
        />
      )}
      {list.error !== undefined && <Alert type="error" showIcon title={batchErrorText(t, list.error)} />}
      <BatchesTable
        page={list.data}
        loading={list.loading}
        current={page}
        pageSize={PAGE_SIZE}
        onPage={setPage}
        download={files.state}
        onDownload={(batch, format) => void files.download(batch, format)}
        onRegenerate={(batch) => void files.download(batch, batch.format, true)}
        onSubmit={(batch) => void submit(batch)}
        onClose={setClosing}
        onReopen={setReopening}
      />
      <BatchCreateModal open={creating} onClose={() => setCreating(false)} onCreated={(result) => void created(result)} />
      <BatchCloseModal
        batch={closing}
        onClose={() => setClosing(null)}
        onDone={(batch) => {
          setClosing(null);
          void message.success(t('exports.result.closed', { id: batch.id }));
          if (batch.closeResult) void message.info(t('exports.result.closeCounts', { ...batch.closeResult }));
          changed();
        }}
      />
      <BatchReopenModal
        batch={reopening}
        onClose={() => setReopening(null)}
        onDone={(batch) => {
          setReopening(null);
          void message.success(t('exports.result.reopened', { id: batch.id }));
          changed();
        }}
      />
    </Flex>
  );
}
