// 修改我的密码: the current password proves it is really its owner at the keyboard (it counts
// towards the lockout like a sign-in), then the new one is typed twice.
import { Alert, App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { FormModal } from '../components/FormModal';
import { NewSecretFields } from '../components/NewSecretFields';
import { useSignInAttempt } from './useSignInAttempt';

interface Values {
  current: string;
  password: string;
}

export function ChangePasswordDialog({ open, onClose }: { readonly open: boolean; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { busy, error, submit } = useSignInAttempt(async ({ current, password }: Values) => {
    await api.call('session.changePassword', { current, next: password });
    void message.success(t('accounts.changePassword.done'));
    onClose();
  });
  return (
    <FormModal title={t('accounts.changePassword.title')} form={form} saving={busy} open={open} onCancel={onClose}>
      <Form<Values> form={form} layout="vertical" preserve={false} onFinish={(values) => void submit(values)}>
        <Form.Item name="current" label={t('accounts.changePassword.current')} rules={[{ required: true, message: t('session.passwordRequired') }]}>
          <Input.Password autoFocus autoComplete="current-password" />
        </Form.Item>
        <NewSecretFields kind="password" label={t('accounts.changePassword.next')} />
        {error && <Alert type="error" showIcon title={error} />}
      </Form>
    </FormModal>
  );
}
