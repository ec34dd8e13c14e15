// The first run of a registry without an administrator: a short wizard. Step one creates the
// administrator (who is then signed in at the registry), step two offers to encrypt the registry,
// step three shows the recovery code once.
// Work starts only after the last step, so nobody skips the code by accident.
import { Alert, Button, Form, Input, Steps } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSetupResult } from '../../../electron/contract/staff';
import { api } from '../api/client';
import { RecoveryCodeNotice } from '../components/RecoveryCodeNotice';
import { SetupEncryptStep } from './SetupEncryptStep';
import { useSessionStore } from '../store/session';
import { SignInFrame } from './SignInFrame';
import { NewSecretFields } from '../components/NewSecretFields';
import { useSignInAttempt } from './useSignInAttempt';

interface Values {
  name: string;
  password: string;
}

function AdministratorStep({ onCreated }: { readonly onCreated: (result: AccountSetupResult) => void }) {
  const { t } = useTranslation();
  const { busy, error, submit } = useSignInAttempt(async ({ name, password }: Values) => onCreated(await api.call('account.setup', { name, password })));
  return (
    <Form<Values> layout="vertical" onFinish={(values) => void submit(values)}>
      <Alert type="info" showIcon title={t('accounts.setup.intro')} style={{ marginBottom: 16 }} />
      <Form.Item
        name="name"
        label={t('accounts.setup.name')}
        rules={[
          { required: true, whitespace: true, message: t('session.nameRequired') },
          { max: 50, message: t('validation.nameTooLong') },
        ]}
      >
        <Input autoFocus maxLength={50} autoComplete="username" />
      </Form.Item>
      <NewSecretFields kind="password" />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" loading={busy} block>
        {t('accounts.setup.create')}
      </Button>
    </Form>
  );
}

/**
 * The wizard's steps after the administrator exists, in order; each is titled by
 * accounts.setup.steps.<key>, gets the setup's result and says when it is done, with the
 * recovery code it replaced, if any.
 */
const LATER_STEPS = [
  { key: 'encrypt', render: (_result: AccountSetupResult, onDone: (recoveryCode?: string) => void): ReactNode => <SetupEncryptStep onDone={onDone} /> },
  { key: 'recovery', render: (result: AccountSetupResult, onDone: () => void): ReactNode => <RecoveryCodeNotice code={result.recoveryCode} onDone={onDone} /> },
] as const;

export function SignInSetup() {
  const { t } = useTranslation();
  const adopt = useSessionStore((s) => s.adopt);
  const [result, setResult] = useState<AccountSetupResult | null>(null);
  const [step, setStep] = useState(0);

  const next = (recoveryCode?: string) => {
    if (recoveryCode && result) setResult({ ...result, recoveryCode });
    if (step < LATER_STEPS.length) setStep(step + 1);
    // The registry signed the administrator in at step one; the window follows only now.
    else if (result) adopt({ staff: result.staff, locked: false });
  };
  const later = step > 0 ? LATER_STEPS[step - 1] : undefined;

  return (
    <SignInFrame title={t('accounts.setup.title')} width={520}>
      <Steps
        size="small"
        current={step}
        style={{ marginBottom: 24 }}
        items={[{ title: t('accounts.setup.steps.admin') }, ...LATER_STEPS.map((s) => ({ title: t(`accounts.setup.steps.${s.key}`) }))]}
      />
      {later && result ? (
        later.render(result, next)
      ) : (
        <AdministratorStep
          onCreated={(created) => {
            setResult(created);
            setStep(1);
          }}
        />
      )}
    </SignInFrame>
  );
}
