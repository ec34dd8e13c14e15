// A new password typed twice. The length is checked here so staff learn of a short one at once;
// the registry checks it again.
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from '../../../electron/contract/staff';

interface Props {
  /** The first field's label; '密码' unless it is a new one for an existing account. */
  readonly label?: string;
}

export function SignInPasswordFields({ label }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="password"
        label={label ?? t('session.password')}
        extra={t('accounts.passwordRules')}
        rules={[
          { required: true, message: t('session.passwordRequired') },
          { min: PASSWORD_MIN_LENGTH, message: t('accounts.passwordTooShort') },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('accounts.confirmPassword')}
        dependencies={['password']}
        rules={[
          { required: true, message: t('session.passwordRequired') },
          ({ getFieldValue }) => ({
            validator: async (_, value?: string) => (value === getFieldValue('password') ? undefined : Promise.reject(new Error(t('accounts.passwordMismatch')))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
