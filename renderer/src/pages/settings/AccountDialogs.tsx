// The administrator's two account dialogs: adding an account (name, role, first password) and
// giving an existing one a new password (forgotten, or carried over without one).
import { Alert, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { STAFF_ROLES, type StaffMember, type StaffRole } from '../../../../electron/contract/staff';
import { api } from '../../api/client';
import { FormModal } from '../../components/FormModal';
import { NewSecretFields } from '../../components/NewSecretFields';
import { useSignInAttempt } from '../../layout/useSignInAttempt';

interface DialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onSaved: () => void;
}

interface NewAccount {
  name: string;
  role: StaffRole;
  password: string;
}

export function AddAccountDialog({ open, onClose, onSaved }: DialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NewAccount>();
  const { busy, error, submit } = useSignInAttempt(async ({ name, role, password }: NewAccount) => {
    await api.call('staff.create', { name, role, password });
    onSaved();
  });
  return (
    <FormModal title={t('accounts.addTitle')} form={form} saving={busy} open={open} onCancel={onClose}>
      <Form<NewAccount> form={form} layout="vertical" preserve={false} initialValues={{ role: 'staff' }} onFinish={(values) => void submit(values)}>
        <Form.Item name="name" label={t('accounts.name')} rules={[{ required: true, whitespace: true, message: t('session.nameRequired') }, { max: 50, message: t('validation.nameTooLong') }]}>
          <Input autoFocus maxLength={50} autoComplete="off" />
        </Form.Item>
        <Form.Item name="role" label={t('accounts.role')}>
          <Radio.Group options={STAFF_ROLES.map((role) => ({ value: role, label: t(`accounts.roles.${role}`) }))} />
        </Form.Item>
        <NewSecretFields kind="password" />
        {error && <Alert type="error" showIcon title={error} />}
      </Form>
    </FormModal>
  );
}

export function ResetPasswordDialog({ member, onClose, onSaved }: Omit<DialogProps, 'open'> & { readonly member: StaffMember | null }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ password: string }>();
  const { busy, error, submit } = useSignInAttempt(async ({ password }: { password: string }) => {
    await api.call('staff.resetPassword', { id: member!.id, password });
    onSaved();
  });
  return (
    <FormModal title={t('accounts.resetTitle', { name: member?.name ?? '' })} form={form} saving={busy} open={member !== null} onCancel={onClose}>
      <Form form={form} layout="vertical" preserve={false} onFinish={(values: { password: string }) => void submit(values)}>
        <NewSecretFields kind="password" />
        {error && <Alert type="error" showIcon title={error} />}
      </Form>
    </FormModal>
  );
}
