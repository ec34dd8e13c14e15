// A new password or registry passphrase, typed twice. Its length is checked here so staff learn
// of a short one at once, before the registry spends time on it (scrypt, or re-encrypting the
// whole file); the registry checks it again.
import { Form, Input } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from '../../../electron/contract/staff';
import { PASSPHRASE_MIN } from '../../../electron/contract/vault';

/** The form field names, the registry's own length rule, and the texts of each kind. */
const KINDS = {
  password: {
    name: 'password',
    confirm: 'confirmPassword',
    longEnough: (value: string) => value.length >= PASSWORD_MIN_LENGTH,
    texts: (t: TFunction) => ({
      label: t('session.password'),
      extra: t('accounts.passwordRules'),
      required: t('session.passwordRequired'),
      tooShort: t('accounts.passwordTooShort'),
      confirm: t('accounts.confirmPassword'),
      mismatch: t('accounts.passwordMismatch'),
    }),
  },
  passphrase: {
    name: 'newPassphrase',
    confirm: 'confirmPassphrase',
    longEnough: (value: string) => [...value.trim()].length >= PASSPHRASE_MIN,
    texts: (t: TFunction) => ({
      label: t('vault.newPassphrase'),
      extra: t('vault.newPassphraseHint', { min: PASSPHRASE_MIN }),
      required: t('vault.passphraseRequired'),
      tooShort: t('vault.tooShort', { min: PASSPHRASE_MIN }),
      confirm: t('vault.confirmPassphrase'),
      mismatch: t('vault.mismatch'),
    }),
  },
} as const;

interface Props {
  readonly kind: keyof typeof KINDS;
  /** The first field's label, when it is not the kind's usual one (e.g. 新密码). */
  readonly label?: string;
}

export function NewSecretFields({ kind, label }: Props) {
  const { t } = useTranslation();
  const { name, confirm, longEnough, texts } = KINDS[kind];
  const text = texts(t);
  return (
    <>
      <Form.Item
        name={name}
        label={label ?? text.label}
        extra={text.extra}
        rules={[
          { required: true, message: text.required },
          { validator: async (_, value?: string) => (value === undefined || value === '' || longEnough(value) ? undefined : Promise.reject(new Error(text.tooShort))) },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name={confirm}
        label={text.confirm}
        dependencies={[name]}
        rules={[
          { required: true, message: text.required },
          ({ getFieldValue }) => ({
            validator: async (_, value?: string) => (value === getFieldValue(name) ? undefined : Promise.reject(new Error(text.mismatch))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
