// A new administrator recovery code, for when the written-down one is lost (or was never seen:
// the window closed during the setup). The administrator gives their password again; the new
// code is shown once and the old one is spent.
import { Alert, Button, Card, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { FormModal } from '../../components/FormModal';
import { RecoveryCodeNotice } from '../../components/RecoveryCodeNotice';
import { useSignInAttempt } from '../../layout/useSignInAttempt';

export function RecoveryCodeCard() {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ password: string }>();
  const [asking, setAsking] = useState(false);
  const [code, setCode] = useState<string | null>(null);
  const { busy, error, submit } = useSignInAttempt(async ({ password }: { password: string }) => {
    setCode((await api.call('account.renewRecoveryCode', { password })).recoveryCode);
    setAsking(false);
  });
  return (
    <Card size="small" title={t('accounts.recoveryCard.title')}>
      <Typography.Paragraph type="secondary">{t('accounts.recoveryCard.hint')}</Typography.Paragraph>
      <Button onClick={() => setAsking(true)}>{t('accounts.recoveryCard.renew')}</Button>
      <FormModal title={t('accounts.recoveryCard.renew')} okText={t('accounts.recoveryCard.confirm')} form={form} saving={busy} open={asking} onCancel={() => setAsking(false)}>
        <Form form={form} layout="vertical" preserve={false} onFinish={(values: { password: string }) => void submit(values)}>
          <Form.Item name="password" label={t('accounts.recoveryCard.password')} rules={[{ required: true, message: t('session.passwordRequired') }]}>
            <Input.Password autoFocus autoComplete="current-password" />
          </Form.Item>
          {error && <Alert type="error" showIcon title={error} />}
        </Form>
      </FormModal>
      <Modal open={code !== null} footer={null} closable={false} maskClosable={false} keyboard={false} destroyOnHidden>
        {code && <RecoveryCodeNotice code={code} replacesOld onDone={() => setCode(null)} />}
      </Modal>
    </Card>
  );
}
