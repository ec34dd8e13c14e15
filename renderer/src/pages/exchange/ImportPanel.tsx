// 导入: the wizard. Choose what the sheet holds and the file; watch it upload and be checked
// (cancellable); read the preview — counts, problems by row, people already registered and
// what to do with them; download the problem rows; confirm; see the result.
import { Alert, Button, Flex, Modal, Progress, Result, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportResult } from '../../../../electron/contract/imports';
import { api } from '../../api/client';
import { describeError } from '../../api/errors';
import { downloadFile } from '../../api/files';
import { useCtrlShortcut } from '../../hooks/useShortcut';
import { ImportDuplicates, type DuplicateChoices } from './ImportDuplicates';
import { ImportIssues } from './ImportIssues';
import { ImportSource } from './ImportSource';
import { useImportJob } from './useImportJob';

const FIRST_CHOICES: DuplicateChoices = { onDuplicate: 'skip', decisions: {} };

export function ImportPanel({ onCommitted }: { readonly onCommitted: () => void }) {
  const { t } = useTranslation();
  const job = useImportJob();
  const [choices, setChoices] = useState<DuplicateChoices>(FIRST_CHOICES);
  const [result, setResult] = useState<{ jobId: string; preview: ImportPreview; result: ImportResult } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { state } = job;

  const restart = () => {
    setResult(null);
    setError(null);
    setChoices(FIRST_CHOICES);
    job.reset();
  };

  const downloadInvalid = async (jobId: string) => {
    setError(null);
    try {
      const sheet = await api.call('imports.invalidRows', { jobId });
      await downloadFile(sheet.fileId, sheet.name);
    } catch (e) {
      setError(e);
    }
  };

  const commit = (jobId: string, preview: ImportPreview) =>
    Modal.confirm({
      title: t('imports.commitConfirmTitle'),
      content: t('imports.commitConfirm', { count: preview.valid, invalid: preview.invalid }),
      okText: t('imports.commit', { count: preview.valid }),
      cancelText: t('imports.cancel'),
      onOk: async () => {
        setBusy(true);
        setError(null);
        try {
          setResult({ jobId, preview, result: await api.call('imports.commit', { jobId, ...choices }) });
          onCommitted();
        } catch (e) {
          setError(e);
        } finally {
          setBusy(false);
        }
      },
    });

  // Ctrl+Enter asks to commit the preview on screen (the confirmation still comes first).
  useCtrlShortcut('enter', () => {
    if (state.step === 'preview' && state.preview.valid > 0 && !busy && result === null) commit(state.jobId, state.preview);
  });

  const problem = error ? <Alert type="error" showIcon title={describeError(t, error)} description={error instanceof Error ? error.message : undefined} /> : null;

  if (result) {
    return (
      <Result
        status="success"
        title={t('imports.done', { created: result.result.created, updated: result.result.updated, skipped: result.result.skipped })}
        subTitle={result.preview.invalid > 0 ? t('imports.doneInvalid', { invalid: result.preview.invalid }) : undefined}
        extra={
          <Space>
            {result.preview.invalid > 0 && <Button onClick={() => downloadInvalid(result.jobId)}>{t('imports.downloadInvalid')}</Button>}
            <Button type="primary" onClick={restart}>
              {t('imports.newImport')}
            </Button>
            {problem}
          </Space>
        }
      />
    );
  }

  switch (state.step) {
    case 'choose':
      return <ImportSource onFile={(file, kind, driveId) => void job.start(file, kind, driveId)} />;
    case 'uploading':
    case 'checking':
      return (
        <Flex vertical gap={12} style={{ maxWidth: 560 }} role="status">
          <Typography.Text>{state.step === 'uploading' ? t('imports.uploading', { name: state.name }) : t('imports.checking', { rows: state.rows })}</Typography.Text>
          <Progress percent={Math.round(state.progress * 100)} status="active" />
          <Button onClick={job.cancel}>{t('imports.cancel')}</Button>
        </Flex>
      );
    case 'failed':
    case 'cancelled':
      return (
        <Result
          status={state.step === 'failed' ? 'error' : 'info'}
          title={state.step === 'failed' ? t('imports.failed') : t('imports.cancelled')}
          subTitle={state.step === 'failed' ? state.message : undefined}
          extra={<Button onClick={restart}>{t('imports.again')}</Button>}
        />
      );
    case 'preview': {
      const { jobId, preview } = state;
      return (
        <Flex vertical gap={16}>
          <Alert
            type={preview.invalid > 0 ? 'warning' : 'success'}
            showIcon
            title={t('imports.summary', { rows: preview.rows, valid: preview.valid, invalid: preview.invalid, inRegistry: preview.inRegistry })}
            description={[
              `${preview.fileName} · ${t(`imports.kinds.${preview.kind}`)} · ${t('imports.headerRow', { row: preview.headerRow })}`,
              preview.ignoredColumns.length > 0 ? t('imports.ignoredColumns', { columns: preview.ignoredColumns.join('、') }) : '',
            ]
              .filter(Boolean)
              .join('；')}
          />
          {problem}
          {preview.inRegistry > 0 && <ImportDuplicates jobId={jobId} count={preview.inRegistry} choices={choices} onChange={setChoices} />}
          <Typography.Title level={5}>{t('imports.issuesTitle')}</Typography.Title>
          <ImportIssues jobId={jobId} preview={preview} />
          <Flex gap={8} justify="end">
            <Button onClick={restart}>{t('imports.again')}</Button>
            {preview.invalid > 0 && (
              <Tooltip title={t('imports.downloadInvalidHint')}>
                <Button onClick={() => downloadInvalid(jobId)}>{t('imports.downloadInvalid')}</Button>
              </Tooltip>
            )}
            <Tooltip title={t('imports.commitShortcut')}>
              <Button type="primary" disabled={preview.valid === 0} loading={busy} onClick={() => commit(jobId, preview)}>
                {preview.valid === 0 ? t('imports.nothingToCommit') : t('imports.commit', { count: preview.valid })}
              </Button>
            </Tooltip>
          </Flex>
        </Flex>
      );
    }
  }
}
