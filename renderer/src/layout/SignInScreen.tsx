// The calm first screen: pick your name from the staff list (the last person to sign in here is
// already chosen) or add it. Issue 6 replaces this with passwords; the registry's session stays.
import { Alert, App, Button, Card, Flex, Form, Input, Radio, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../../electron/contract/staff';
import { describeError } from '../api/errors';
import { useApiQuery } from '../api/useApiQuery';
import { useSessionStore } from '../store/session';

function useSubmit<T>(work: (value: T) => Promise<void>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const submit = async (value: T) => {
    setBusy(true);
    try {
      await work(value);
    } catch (error) {
      void message.error(describeError(t, error));
      setBusy(false);
    }
  };
  return { busy, submit };
}

function PickStaff({ staff, lastId, onAdd }: { readonly staff: readonly StaffMember[]; readonly lastId?: number; readonly onAdd: () => void }) {
  const { t } = useTranslation();
  const signIn = useSessionStore((s) => s.signIn);
  const { busy, submit } = useSubmit(({ staffId }: { staffId: number }) => signIn(staffId));
  const initial = staff.some((s) => s.id === lastId) ? lastId : staff.length === 1 ? staff[0].id : undefined;
  return (
    <Form layout="vertical" initialValues={{ staffId: initial }} onFinish={(values) => void submit(values)}>
      <Form.Item name="staffId" label={t('session.staff')} rules={[{ required: true, message: t('session.pick') }]}>
        <Radio.Group style={{ width: '100%' }}>
          <Flex vertical gap={8} style={{ maxHeight: 320, overflowY: 'auto' }}>
            {staff.map((member) => (
              <Radio key={member.id} value={member.id}>
                {member.name}
              </Radio>
            ))}
          </Flex>
        </Radio.Group>
      </Form.Item>
      <Flex justify="space-between" align="center">
        <Button type="link" style={{ paddingInline: 0 }} onClick={onAdd}>
          {t('session.addStaff')}
        </Button>
        <Button type="primary" htmlType="submit" loading={busy} autoFocus={initial !== undefined}>
          {t('session.signIn')}
        </Button>
      </Flex>
    </Form>
  );
}

function AddStaff({ onBack }: { readonly onBack?: () => void }) {
  const { t } = useTranslation();
  const addAndSignIn = useSessionStore((s) => s.addAndSignIn);
  const { busy, submit } = useSubmit(({ name }: { name: string }) => addAndSignIn(name));
  return (
    <Form layout="vertical" onFinish={(values) => void submit(values)}>
      <Form.Item
        name="name"
        label={t('session.newName')}
        rules={[
          { required: true, whitespace: true, message: t('session.nameRequired') },
          { max: 50, message: t('validation.nameTooLong') },
        ]}
      >
        <Input autoFocus placeholder={t('session.newNamePlaceholder')} maxLength={50} />
      </Form.Item>
      <Flex justify={onBack ? 'space-between' : 'flex-end'} align="center">
        {onBack && (
          <Button type="link" style={{ paddingInline: 0 }} onClick={onBack}>
            {t('session.backToList')}
          </Button>
        )}
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('session.add')}
        </Button>
      </Flex>
    </Form>
  );
}

export function SignInScreen() {
  const { t } = useTranslation();
  const staff = useApiQuery('staff.list', {});
  const settings = useApiQuery('settings.get', {});
  const [adding, setAdding] = useState(false);
  const error = staff.error ?? settings.error;
  const ready = staff.data !== undefined && settings.data !== undefined;
  const firstUse = staff.data?.length === 0;

  return (
    <Flex align="center" justify="center" vertical gap={16} style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('app.title')}
      </Typography.Title>
      <Card title={t('session.title')} style={{ width: 420 }}>
        {error !== undefined ? (
          <Alert type="error" showIcon title={describeError(t, error)} />
        ) : !ready ? (
          <Skeleton active />
        ) : (
          <>
            <Typography.Paragraph type="secondary">{firstUse ? t('session.firstUse') : t('session.hint')}</Typography.Paragraph>
            {firstUse || adding ? (
              <AddStaff onBack={firstUse ? undefined : () => setAdding(false)} />
            ) : (
              <PickStaff staff={staff.data!} lastId={settings.data!['ui.lastStaffId']} onAdd={() => setAdding(true)} />
            )}
          </>
        )}
      </Card>
    </Flex>
  );
}
