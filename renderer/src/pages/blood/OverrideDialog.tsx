// The warning shown when a donation breaks a rule: which rules, from when it would be allowed,
// and the reason staff must give to record it anyway (stored with it and audited).
import { Alert, Form, Input, List } from 'antd';
import { FormModal } from '../../components/FormModal';
import { useTranslation } from 'react-i18next';
import type { RuleBreak } from '../../../../electron/contract/blood';
import { breakText } from './text';

interface Props {
  /** null: closed. */
  readonly violations: readonly RuleBreak[] | null;
  readonly saving: boolean;
  readonly onCancel: () => void;
  readonly onConfirm: (reason: string) => void;
}

export function OverrideDialog({ violations, saving, onCancel, onConfirm }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <FormModal
      title={t('blood.override.title')}
      form={form}
      saving={saving}
      open={violations !== null}
      okText={t('blood.override.confirm')}
      okButtonProps={{ danger: true }}
      onCancel={onCancel}
      mask={{ closable: false }}
    >
      <List
        size="small"
        dataSource={violations ?? []}
        renderItem={(b) => <List.Item>{breakText(t, b)}</List.Item>}
        style={{ marginBottom: 12 }}
      />
      <Alert type="warning" showIcon title={t('blood.override.intro')} style={{ marginBottom: 12 }} />
      <Form form={form} layout="vertical" preserve={false} onFinish={({ reason }) => onConfirm(reason.trim())}>
        <Form.Item name="reason" label={t('blood.override.reason')} rules={[{ required: true, whitespace: true, message: t('blood.override.reasonRequired') }]}>
          <Input.TextArea autoFocus autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
