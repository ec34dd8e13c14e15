// 重新打开: the registry above refused the batch, so its people go into the next batch of the
// kind. Asks for the reason and a deliberate confirmation; the batch record stays.
import { Alert, Form, Input } from 'antd';
import { FormModal } from '../../components/FormModal';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportBatch } from '../../../../electron/contract/exports';
import { api } from '../../api/client';
import { batchErrorText } from './batchErrors';

interface Props {
  readonly batch: ExportBatch | null;
  readonly onClose: () => void;
  readonly onDone: (batch: ExportBatch) => void;
}

export function BatchReopenModal({ batch, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const reopen = async (reason: string) => {
    if (batch === null) return;
    setSaving(true);
    setError(null);
    try {
      onDone(await api.call('exports.reopen', { batchId: batch.id, reason }));
    } catch (e) {
      setError(batchErrorText(t, e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormModal
      title={batch ? t('exports.reopen.title', { id: batch.id }) : ''}
      form={form}
      saving={saving}
      open={batch !== null}
      okText={t('exports.reopen.confirm')}
      okButtonProps={{ danger: true }}
      onCancel={onClose}
    >
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('exports.reopen.warning')} />
      <Form form={form} layout="vertical" preserve={false} onFinish={(values) => void reopen(values.reason)}>
        <Form.Item name="reason" label={t('exports.reopen.reason')} rules={[{ required: true, whitespace: true, message: t('exports.reopen.required') }]}>
          <Input maxLength={200} placeholder={t('exports.reopen.reasonPlaceholder')} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </FormModal>
  );
}
