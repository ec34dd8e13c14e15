// Who is working, in the header: their own menu (修改我的密码), locking the window when they step
// away (also Ctrl+L), and handing the window to a colleague.
import { DownOutlined, LockOutlined, SwapOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/errors';
import { useSessionStore } from '../store/session';
import { ChangePasswordDialog } from './ChangePasswordDialog';
import { useLockNow } from './IdleLock';

export function SignInStatus() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const staff = useSessionStore((s) => s.staff);
  const signOut = useSessionStore((s) => s.signOut);
  const lockNow = useLockNow();
  const [busy, setBusy] = useState(false);
  const [changing, setChanging] = useState(false);
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
    <Flex align="center" gap={8}>
      <Dropdown trigger={['click']} menu={{ items: [{ key: 'password', label: t('accounts.changePassword.action'), onClick: () => setChanging(true) }] }}>
        <Button type="text" size="small" icon={<UserOutlined aria-hidden />}>
          {t('session.current', { name: staff.name, role: t(`accounts.roles.${staff.role}`) })}
          <DownOutlined aria-hidden style={{ fontSize: 10 }} />
        </Button>
      </Dropdown>
      <Button size="small" icon={<LockOutlined aria-hidden />} title="Ctrl+L" onClick={lockNow}>
        {t('accounts.lock.action')}
      </Button>
      <Button size="small" icon={<SwapOutlined aria-hidden />} loading={busy} onClick={() => void switchUser()}>
        {t('session.switch')}
      </Button>
      <ChangePasswordDialog open={changing} onClose={() => setChanging(false)} />
    </Flex>
  );
}
