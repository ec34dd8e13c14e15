// 设置 › 人员账户 (administrators only): who may sign in here and with which role, taking an
// account out of use (its name stays in the audit log), new passwords, the idle lock and a new
// recovery code.
import { Alert, App, Button, Card, Flex, InputNumber, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STAFF_ROLES, type StaffMember, type StaffRole } from '../../../../electron/contract/staff';
import { api } from '../../api/client';
import { describeError } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import { useSubmit } from '../../forms/useSubmit';
import { useSettings, useSettingsStore } from '../../store/settings';
import { AddAccountDialog, ResetPasswordDialog } from './AccountDialogs';
import { RecoveryCodeCard } from './RecoveryCodeCard';

function IdleLockCard() {
  const { t } = useTranslation();
  const settings = useSettings();
  const update = useSettingsStore((s) => s.update);
  const [minutes, setMinutes] = useState<number | null>(null);
  const { saving, submit } = useSubmit((value: number) => update({ 'security.idleLockMinutes': value }), () => undefined, describeError);
  if (!settings.data) return <Skeleton active />;
  const value = minutes ?? settings.data['security.idleLockMinutes'];

  return (
    <Card size="small" title={t('accounts.idleLock')}>
      <Space>
        <Typography.Text>{t('accounts.idleLockLabel')}</Typography.Text>
        <InputNumber aria-label={t('accounts.idleLockLabel')} min={0} max={240} precision={0} value={value} onChange={(next) => setMinutes(next ?? 0)} suffix={t('accounts.minutes')} />
        <Button loading={saving} onClick={() => void submit(value)}>
          {t('common.save')}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t('accounts.idleLockHint')}
      </Typography.Paragraph>
    </Card>
  );
}

export function AccountsPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [revision, setRevision] = useState(0);
  const staff = useApiQuery('staff.list', {}, revision);
  const [adding, setAdding] = useState(false);
  const [resetting, setResetting] = useState<StaffMember | null>(null);
  const reload = () => setRevision((n) => n + 1);

  const update = async (change: { id: number; role?: StaffRole; active?: boolean }) => {
    try {
      await api.call('staff.update', change);
      void message.success(t('common.saved'));
    } catch (error) {
      void message.error(describeError(t, error));
    }
    reload();
  };

  if (staff.error !== undefined) return <Alert type="error" showIcon title={describeError(t, staff.error)} />;
  return (
    <Flex vertical gap={16} style={{ maxWidth: 860 }}>
      <Flex justify="flex-end">
        <Button type="primary" onClick={() => setAdding(true)}>
          {t('accounts.add')}
        </Button>
      </Flex>
      <Table<StaffMember>
        rowKey="id"
        size="small"
        loading={staff.loading}
        dataSource={staff.data ? [...staff.data] : []}
        pagination={false}
        columns={[
          { key: 'name', title: t('accounts.name'), dataIndex: 'name' },
          {
            key: 'role',
            title: t('accounts.role'),
            render: (_, member) => (
              <Select<StaffRole>
                aria-label={`${t('accounts.role')} ${member.name}`}
                size="small"
                style={{ width: 120 }}
                value={member.role}
                options={STAFF_ROLES.map((role) => ({ value: role, label: t(`accounts.roles.${role}`) }))}
                onChange={(role) => void update({ id: member.id, role })}
              />
            ),
          },
          {
            key: 'status',
            title: t('accounts.status'),
            render: (_, member) => (
              <Space size={4}>
                {member.active ? <Tag color="green">{t('accounts.active')}</Tag> : <Tag>{t('accounts.inactive')}</Tag>}
                {!member.hasPassword && <Tag color="orange">{t('accounts.noPassword')}</Tag>}
              </Space>
            ),
          },
          {
            key: 'actions',
            title: t('accounts.actions'),
            render: (_, member) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setResetting(member)}>
                  {t('accounts.resetPassword')}
                </Button>
                <Button type="link" size="small" danger={member.active} onClick={() => void update({ id: member.id, active: !member.active })}>
                  {member.active ? t('accounts.deactivate') : t('accounts.activate')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <IdleLockCard />
      <RecoveryCodeCard />
      <AddAccountDialog
        open={adding}
        onClose={() => setAdding(false)}
        onSaved={() => {
          setAdding(false);
          void message.success(t('common.saved'));
          reload();
        }}
      />
      <ResetPasswordDialog
        member={resetting}
        onClose={() => setResetting(null)}
        onSaved={() => {
          setResetting(null);
          void message.success(t('common.saved'));
          reload();
        }}
      />
    </Flex>
  );
}
