// The first screen: choose your name (the last person to sign in here is already chosen) and
// give your password. A registry without an administrator runs the first-run setup instead, and
// a forgotten administrator password is reset with the recovery code.
import { Alert, Button, Flex, Form, Input, Radio, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../../electron/contract/staff';
import { describeError } from '../api/errors';
import { useApiQuery } from '../api/useApiQuery';
import { isAdmin, useSessionStore } from '../store/session';
import { useSettings } from '../store/settings';
import { SignInFrame } from './SignInFrame';
import { SignInRecover } from './SignInRecover';
import { SignInSetup } from './SignInSetup';
import { useSignInAttempt } from './useSignInAttempt';

interface Values {
  staffId: number;
  password: string;
}

function SignInForm({ staff, lastId, onForgot }: { readonly staff: readonly StaffMember[]; readonly lastId?: number; readonly onForgot: () => void }) {
  const { t } = useTranslation();
  const signIn = useSessionStore((s) => s.signIn);
  const { busy, error, submit } = useSignInAttempt(({ staffId, password }: Values) => signIn(staffId, password));
  const initial = staff.some((s) => s.id === lastId) ? lastId : staff.length === 1 ? staff[0].id : undefined;
  return (
    <Form<Values> layout="vertical" initialValues={{ staffId: initial }} onFinish={(values) => void submit(values)}>
      <Typography.Paragraph type="secondary">{t('session.hint')}</Typography.Paragraph>
      <Form.Item name="staffId" label={t('session.staff')} rules={[{ required: true, message: t('session.pick') }]}>
        <Radio.Group style={{ width: '100%' }}>
          <Flex vertical gap={8} style={{ maxHeight: 280, overflowY: 'auto' }}>
            {staff.map((member) => (
              <Radio key={member.id} value={member.id}>
                {member.name}
              </Radio>
            ))}
          </Flex>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="password" label={t('session.password')} rules={[{ required: true, message: t('session.passwordRequired') }]}>
        <Input.Password autoComplete="current-password" autoFocus={initial !== undefined} />
      </Form.Item>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Flex justify="space-between" align="center">
        <Button type="link" style={{ paddingInline: 0 }} onClick={onForgot}>
          {t('accounts.recover.link')}
        </Button>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('session.signIn')}
        </Button>
      </Flex>
    </Form>
  );
}

export function SignInScreen() {
  const { t } = useTranslation();
  const staff = useApiQuery('staff.list', {});
  const settings = useSettings();
  const [recovering, setRecovering] = useState(false);
  const error = staff.error ?? settings.error;

  if (error !== undefined || staff.data === undefined || settings.data === undefined) {
    return (
      <SignInFrame title={t('session.title')}>
        {error !== undefined ? <Alert type="error" showIcon title={describeError(t, error)} /> : <Skeleton active />}
      </SignInFrame>
    );
  }
  const active = staff.data.filter((member) => member.active);
  // Read once: the list is not asked again while the setup runs, so the wizard stays on screen
  // after its first step has created (and signed in) the administrator.
  if (!active.some(isAdmin)) return <SignInSetup />;
  if (recovering) return <SignInRecover admins={active.filter(isAdmin)} onBack={() => setRecovering(false)} />;
  return (
    <SignInFrame title={t('session.title')}>
      <SignInForm staff={active} lastId={settings.data['ui.lastStaffId']} onForgot={() => setRecovering(true)} />
    </SignInFrame>
  );
}
