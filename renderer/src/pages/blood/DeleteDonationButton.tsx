// Deleting a record entered in error: a confirmation that asks why; the registry keeps the
// record and the reason in the audit log.
import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Donation } from '../../../../electron/contract/blood';
import { api } from '../../api/client';
import { describeError } from '../../api/errors';
import { useBloodView } from './bloodView';

export function DeleteDonationButton({ donation }: { readonly donation: Donation }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const saved = useBloodView((s) => s.saved);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();

  const remove = async (reason: string) => {
    setBusy(true);
    try {
      await api.call('blood.deleteDonation', { id: donation.id, reason });
      void message.success(t('blood.remove.done'));
      setOpen(false);
      saved();
    } catch (error) {
      void message.error(describeError(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button type="text" size="small" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('common.remove')} onClick={() => setOpen(true)} />
      <Modal
        title={t('blood.remove.title')}
        open={open}
        okText={t('common.remove')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        confirmLoading={busy}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <p>
          {donation.date} {donation.personName}
        </p>
        <Form form={form} layout="vertical" preserve={false} onFinish={({ reason }) => void remove(reason.trim())}>
          <Form.Item name="reason" label={t('blood.remove.reason')} rules={[{ required: true, whitespace: true, message: t('blood.remove.reasonRequired') }]}>
            <Input autoFocus maxLength={200} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
