// A new passphrase typed twice, checked for length here so staff learn of a short one before the
// registry spends seconds re-encrypting; the registry checks it again.
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { PASSPHRASE_MIN } from '../../../electron/contract/vault';

export function NewPassphraseFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="newPassphrase"
        label={t('vault.newPassphrase')}
        extra={t('vault.newPassphraseHint', { min: PASSPHRASE_MIN })}
        rules={[
          { required: true, message: t('vault.passphraseRequired') },
          { validator: async (_, value?: string) => ([...(value ?? '').trim()].length >= PASSPHRASE_MIN ? undefined : Promise.reject(new Error(t('vault.tooShort', { min: PASSPHRASE_MIN })))) },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassphrase"
        label={t('vault.confirmPassphrase')}
        dependencies={['newPassphrase']}
        rules={[
          { required: true, message: t('vault.passphraseRequired') },
          ({ getFieldValue }) => ({
            validator: async (_, value?: string) => (value === getFieldValue('newPassphrase') ? undefined : Promise.reject(new Error(t('vault.mismatch')))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
