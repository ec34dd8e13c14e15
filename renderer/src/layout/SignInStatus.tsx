// Who is working, in the header, and the way to hand the window to a colleague.
import { SwapOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/errors';
import { useSessionStore } from '../store/session';

export function SignInStatus() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const staff = useSessionStore((s) => s.staff);
  const signOut = useSessionStore((s) => s.signOut);
  const [busy, setBusy] = useState(false);
  if (!staff) return null;

  const switchUser = async () => {
    setBusy(true);
    try {
      await signOut();
    } catch (error) {
      void message.error(describeError(t, error));
      setBusy(false);
    }
  };

  return (
    <Flex align="center" gap={12}>
      <Typography.Text>
        <UserOutlined aria-hidden style={{ marginInlineEnd: 6 }} />
        {t('session.current', { name: staff.name })}
      </Typography.Text>
      <Button size="small" icon={<SwapOutlined aria-hidden />} loading={busy} onClick={() => void switchUser()}>
        {t('session.switch')}
      </Button>
    </Flex>
  );
}
