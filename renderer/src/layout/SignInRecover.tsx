// A forgotten administrator password: the recovery code written down at setup resets it. The
// code is then spent, so the new one is shown (once) before work starts. Other staff who forget
// their password ask an administrator instead.
import { Alert, Button, Flex, Form, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSetupResult, StaffMember } from '../../../electron/contract/staff';
import { api } from '../api/client';
import { RecoveryCodeNotice } from '../components/RecoveryCodeNotice';
import { useSessionStore } from '../store/session';
import { SignInFrame } from './SignInFrame';
import { NewSecretFields } from '../components/NewSecretFields';
import { useSignInAttempt } from './useSignInAttempt';

interface Values {
  recoveryCode: string;
  staffId: number;
  password: string;
}

interface Props {
  readonly admins: readonly StaffMember[];
  readonly onBack: () => void;
}

export function SignInRecover({ admins, onBack }: Props) {
  const { t } = useTranslation();
  const adopt = useSessionStore((s) => s.adopt);
  const [result, setResult] = useState<AccountSetupResult | null>(null);
  const { busy, error, submit } = useSignInAttempt(async ({ recoveryCode, staffId, password }: Values) =>
    setResult(await api.call('account.recover', { recoveryCode, staffId, password })),
  );

  if (result) {
    return (
      <SignInFrame title={t('accounts.recover.title')} width={520}>
        <RecoveryCodeNotice code={result.recoveryCode} replacesOld onDone={() => adopt({ staff: result.staff, locked: false })} />
      </SignInFrame>
    );
  }
  return (
    <SignInFrame title={t('accounts.recover.title')} width={480}>
      <Form<Values> layout="vertical" initialValues={{ staffId: admins.length === 1 ? admins[0].id : undefined }} onFinish={(values) => void submit(values)}>
        <Typography.Paragraph type="secondary">{t('accounts.recover.hint')}</Typography.Paragraph>
        <Form.Item name="recoveryCode" label={t('accounts.recover.code')} rules={[{ required: true, whitespace: true, message: t('accounts.recover.codeRequired') }]}>
          <Input autoFocus autoComplete="off" spellCheck={false} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item name="staffId" label={t('accounts.recover.admin')} rules={[{ required: true, message: t('accounts.recover.adminRequired') }]}>
          <Radio.Group options={admins.map((admin) => ({ value: admin.id, label: admin.name }))} />
        </Form.Item>
        <NewSecretFields kind="password" label={t('accounts.recover.newPassword')} />
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Flex justify="space-between" align="center">
          <Button type="link" style={{ paddingInline: 0 }} onClick={onBack}>
            {t('accounts.recover.back')}
          </Button>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('accounts.recover.submit')}
          </Button>
        </Flex>
      </Form>
    </SignInFrame>
  );
}
