// The first screen of an encrypted registry: its passphrase, or — when that is forgotten — the
// administrator's recovery code and a new passphrase, after which the new code is shown once.
import { Alert, App, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { describeError } from '../api/errors';
import { useApiQuery } from '../api/useApiQuery';
import { NewSecretFields } from '../components/NewSecretFields';
import { RecoveryCodeNotice } from '../components/RecoveryCodeNotice';

type Step = { readonly name: 'unlock' } | { readonly name: 'recover' } | { readonly name: 'code'; readonly code: string };

function useAttempt() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const attempt = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      void message.error(describeError(t, error));
    } finally {
      setBusy(false);
    }
  };
  return { busy, attempt };
}

function PassphraseForm({ onUnlocked, onForgot }: { readonly onUnlocked: () => void; readonly onForgot: () => void }) {
  const { t } = useTranslation();
  const { busy, attempt } = useAttempt();
  const unlock = ({ passphrase }: { passphrase: string }) =>
    attempt(async () => {
      await api.call('vault.unlock', { passphrase });
      onUnlocked();
    });
  return (
    <Form layout="vertical" onFinish={(values) => void unlock(values)}>
      <Typography.Paragraph type="secondary">{t('vault.unlockHint')}</Typography.Paragraph>
      <Form.Item name="passphrase" label={t('vault.passphrase')} rules={[{ required: true, message: t('vault.passphraseRequired') }]}>
        <Input.Password autoFocus autoComplete="current-password" />
      </Form.Item>
      <Flex justify="space-between" align="center">
        <Button type="link" style={{ paddingInline: 0 }} onClick={onForgot}>
          {t('vault.forgot')}
        </Button>
        <Button type="primary" htmlType="submit" loading={busy}>
          {busy ? t('vault.unlocking') : t('vault.unlock')}
        </Button>
      </Flex>
    </Form>
  );
}

function RecoverForm({ onRecovered, onBack }: { readonly onRecovered: (code: string) => void; readonly onBack: () => void }) {
  const { t } = useTranslation();
  const status = useApiQuery('vault.status', {});
  const { busy, attempt } = useAttempt();
  const recover = ({ recoveryCode, newPassphrase }: { recoveryCode: string; newPassphrase: string }) =>
    attempt(async () => {
      onRecovered((await api.call('vault.recover', { recoveryCode, newPassphrase })).recoveryCode);
    });
  return (
    <Form layout="vertical" onFinish={(values) => void recover(values)}>
      <Typography.Paragraph type="secondary">{t('vault.recoverHint')}</Typography.Paragraph>
      {status.data?.recoverable === false && <Alert type="warning" showIcon title={t('vault.noRecoveryFile')} style={{ marginBottom: 16 }} />}
      <Form.Item name="recoveryCode" label={t('vault.recoveryCode')} rules={[{ required: true, whitespace: true, message: t('vault.recoveryCodeRequired') }]}>
        <Input autoFocus placeholder={t('vault.recoveryCodePlaceholder')} style={{ fontFamily: 'monospace' }} />
      </Form.Item>
      <NewSecretFields kind="passphrase" />
      <Flex justify="space-between" align="center">
        <Button type="link" style={{ paddingInline: 0 }} onClick={onBack}>
          {t('vault.back')}
        </Button>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('vault.recover')}
        </Button>
      </Flex>
    </Form>
  );
}

export function UnlockScreen({ onUnlocked }: { readonly onUnlocked: () => void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ name: 'unlock' });
  return (
    <Flex align="center" justify="center" vertical gap={16} style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('app.title')}
      </Typography.Title>
      <Card title={step.name === 'unlock' ? t('vault.unlockTitle') : t('vault.recoverTitle')} style={{ width: 460 }}>
        {step.name === 'unlock' && <PassphraseForm onUnlocked={onUnlocked} onForgot={() => setStep({ name: 'recover' })} />}
        {step.name === 'recover' && <RecoverForm onRecovered={(code) => setStep({ name: 'code', code })} onBack={() => setStep({ name: 'unlock' })} />}
        {step.name === 'code' && <RecoveryCodeNotice code={step.code} replacesOld onDone={onUnlocked} />}
      </Card>
    </Flex>
  );
}
