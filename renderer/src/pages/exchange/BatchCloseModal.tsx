// 关闭批次. A CMDP batch is closed with the sheet the registry sent back (ID number → CMDP
// donor ID): it is uploaded with a progress bar, read by the registry, and the IDs filled in.
// Other batches are closed once the receiving authority has accepted them.
import { InboxOutlined } from '@ant-design/icons';
import { Alert, Modal, Progress, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportBatch } from '../../../../electron/contract/exports';
import { api } from '../../api/client';
import { uploadFile } from '../../api/files';
import { batchErrorText } from './batchErrors';

interface Props {
  /** null: closed. */
  readonly batch: ExportBatch | null;
  readonly onClose: () => void;
  readonly onDone: (batch: ExportBatch) => void;
}

export function BatchCloseModal({ batch, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const cmdp = batch?.kind === 'cmdp';

  const reset = () => {
    setFile(null);
    setPercent(null);
    setError(null);
  };

  const confirm = async () => {
    if (batch === null) return;
    if (cmdp && file === null) {
      setError(t('exports.close.required'));
      return;
    }
    setError(null);
    try {
      let fileId: string | undefined;
      if (cmdp && file !== null) {
        setPercent(0);
        fileId = await uploadFile(file, (fraction) => setPercent(Math.round(fraction * 100)));
      }
      const closed = await api.call('exports.close', { batchId: batch.id, ...(fileId ? { fileId } : {}) });
      reset();
      onDone(closed);
    } catch (e) {
      setPercent(null);
      setError(batchErrorText(t, e));
    }
  };

  return (
    <Modal
      title={batch ? t('exports.close.title', { id: batch.id }) : ''}
      open={batch !== null}
      okText={t('exports.close.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={percent !== null}
      onOk={() => void confirm()}
      onCancel={() => {
        reset();
        onClose();
      }}
      destroyOnHidden
    >
      <Typography.Paragraph>{cmdp ? t('exports.close.cmdpHint') : t('exports.close.otherHint')}</Typography.Paragraph>
      {cmdp && (
        <Upload.Dragger
          accept=".xlsx,.csv"
          maxCount={1}
          beforeUpload={(chosen) => {
            setFile(chosen);
            setError(null);
            // Kept here and sent on confirm, through the registry's own upload.
            return false;
          }}
          onRemove={() => setFile(null)}
          fileList={file ? [{ uid: 'returned', name: file.name, status: 'done' }] : []}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined aria-hidden />
          </p>
          <p>{t('exports.close.choose')}</p>
        </Upload.Dragger>
      )}
      {percent !== null && <Progress percent={percent} status="active" format={(p) => `${t('exports.close.uploading')} ${p}%`} />}
      {error && <Alert style={{ marginTop: 12 }} type="error" showIcon title={error} />}
    </Modal>
  );
}
