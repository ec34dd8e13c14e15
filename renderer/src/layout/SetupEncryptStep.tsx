// The first-run wizard's offer to encrypt the registry, made while it is still small (re-keying
// is instant now, minutes later at a million records). Encrypting issues a new recovery code,
// which replaces the one from the administrator step: the wizard shows only the final one.
import { Alert, Button, Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { NewSecretFields } from '../components/NewSecretFields';
import { useSignInAttempt } from './useSignInAttempt';

interface Values {
  readonly encrypt: boolean;
  readonly newPassphrase?: string;
}

/** `onDone` gets the new recovery code when the registry was encrypted. */
export function SetupEncryptStep({ onDone }: { readonly onDone: (recoveryCode?: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const encrypt = Form.useWatch('encrypt', form) ?? true;
  const { busy, error, submit } = useSignInAttempt(async (values: Values) => {
    if (!values.encrypt) return onDone();
    onDone((await api.call('vault.encrypt', { newPassphrase: values.newPassphrase ?? '' })).recoveryCode);
  });
  return (
    <Form<Values> form={form} layout="vertical" initialValues={{ encrypt: true }} onFinish={(values) => void submit(values)}>
      <Alert type="info" showIcon title={t('vault.setup.intro')} style={{ marginBottom: 16 }} />
      <Form.Item name="encrypt">
        <Radio.Group
          options={[
            { value: true, label: t('vault.setup.encrypt') },
            { value: false, label: t('vault.setup.later') },
          ]}
        />
      </Form.Item>
      {encrypt && <NewSecretFields kind="passphrase" />}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" loading={busy} block>
        {t('vault.setup.next')}
      </Button>
    </Form>
  );
}
