// Revoking a pledge, which a person may do at any time: the date and, if given, the reason.
// Asks for confirmation; the revoked version stays in the history.
import { Alert, DatePicker, Form, Input } from 'antd';
import { FormModal } from '../../components/FormModal';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { PersonPledges, PledgeVersion } from '../../../../electron/contract/organ';
import { api } from '../../api/client';
import { notInFuture, toIsoDate } from '../stemcell/dates';
import { useFormSubmit } from '../stemcell/useFormSubmit';

interface Props {
  /** null: closed. */
  readonly pledge: PledgeVersion | null;
  readonly onClose: () => void;
  readonly onDone: (pledges: PersonPledges) => void;
}

interface Values {
  revokedOn: Dayjs;
  reason?: string;
}

export function RevokeModal({ pledge, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { saving, submit } = useFormSubmit(
    'organ',
    form,
    ['revokedOn', 'reason'],
    (values: Values) => api.call('organ.revoke', { pledgeId: pledge!.id, revokedOn: toIsoDate(values.revokedOn), reason: values.reason }),
    onDone,
  );
  return (
    <FormModal
      title={t('organ.revoke.title')}
      form={form}
      saving={saving}
      open={pledge !== null}
      okText={t('organ.revoke.confirm')}
      okButtonProps={{ danger: true }}
      onCancel={onClose}
    >
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('organ.revoke.warning', { name: pledge?.name ?? '' })} />
      <Form<Values> form={form} layout="vertical" preserve={false} initialValues={{ revokedOn: dayjs() }} onFinish={(values) => void submit(values)}>
        <Form.Item name="revokedOn" label={t('organ.revoke.revokedOn')} rules={[{ required: true, message: t('organ.choose', { field: t('organ.revoke.revokedOn') }) }]}>
          <DatePicker allowClear={false} disabledDate={(date) => notInFuture(date) || (pledge !== null && date.isBefore(dayjs(pledge.effectiveOn), 'day'))} />
        </Form.Item>
        <Form.Item name="reason" label={t('organ.revoke.reason')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} placeholder={t('organ.placeholders.reason')} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
