// The locked window: laid over the app (so a half-filled form survives an idle lock) and opened
// again only by the same person's password, or handed to a colleague, which signs the first
// person out. The registry refuses all work while the window is locked, whatever the screen shows.
import { Alert, Button, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../../electron/contract/staff';
import { useSessionStore } from '../store/session';
import { SignInFrame } from './SignInFrame';
import { useSignInAttempt } from './useSignInAttempt';

// Above antd's dialogs (1000), below its messages (2010) so a refusal stays readable.
const OVERLAY_STYLE = { position: 'fixed', inset: 0, zIndex: 2000 } as const;

export function LockScreen({ staff }: { readonly staff: StaffMember }) {
  const { t } = useTranslation();
  const unlock = useSessionStore((s) => s.unlock);
  const signOut = useSessionStore((s) => s.signOut);
  const { busy, error, submit } = useSignInAttempt(({ password }: { password: string }) => unlock(password));
  const other = useSignInAttempt(() => signOut());
  return (
    <div role="dialog" aria-modal="true" aria-label={t('accounts.lock.title')} style={OVERLAY_STYLE}>
      <SignInFrame title={t('accounts.lock.title')}>
        <Form layout="vertical" onFinish={(values: { password: string }) => void submit(values)}>
          <Typography.Paragraph>{t('accounts.lock.hint', { name: staff.name })}</Typography.Paragraph>
          <Form.Item name="password" label={t('session.password')} rules={[{ required: true, message: t('session.passwordRequired') }]}>
            <Input.Password autoFocus autoComplete="current-password" />
          </Form.Item>
          {(error ?? other.error) && <Alert type="error" showIcon title={error ?? other.error} style={{ marginBottom: 16 }} />}
          <Flex justify="space-between" align="center">
            <Button type="link" style={{ paddingInline: 0 }} loading={other.busy} onClick={() => void other.submit(undefined)}>
              {t('accounts.lock.other')}
            </Button>
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('accounts.lock.unlock')}
            </Button>
          </Flex>
        </Form>
      </SignInFrame>
    </div>
  );
}
