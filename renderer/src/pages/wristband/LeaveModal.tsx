// A participant leaving the program (moved away, died, withdrew): the band in use is retired
// with the same date and no card is printed any more. Asks for confirmation; the record stays.
import { Alert, DatePicker, Form, Select } from 'antd';
import { FormModal } from '../../components/FormModal';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { LEAVE_REASONS, type LeaveReason, type ParticipantDetail } from '../../../../electron/contract/wristband';
import { api } from '../../api/client';
import { notInFuture, toIsoDate } from '../stemcell/dates';
import { useWristbandSubmit } from './useWristbandSubmit';

interface Props {
  readonly participant: ParticipantDetail;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onDone: (participant: ParticipantDetail) => void;
}

interface Values {
  leftOn: Dayjs;
  reason: LeaveReason;
}

export function LeaveModal({ participant, open, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { saving, submit } = useWristbandSubmit(
    form,
    (values: Values) => api.call('wristband.leave', { participantId: participant.id, leftOn: toIsoDate(values.leftOn), reason: values.reason }),
    onDone,
  );
  return (
    <FormModal
      title={t('wristband.leave.title')}
      form={form}
      saving={saving}
      open={open}
      okText={t('wristband.leave.confirm')}
      okButtonProps={{ danger: true }}
      onCancel={onClose}
    >
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('wristband.leave.warning', { name: participant.name })} />
      <Form<Values> form={form} layout="vertical" preserve={false} initialValues={{ leftOn: dayjs() }} onFinish={(values) => void submit(values)}>
        <Form.Item name="reason" label={t('wristband.leave.reason')} rules={[{ required: true, message: t('wristband.choose', { field: t('wristband.leave.reason') }) }]}>
          <Select options={LEAVE_REASONS.map((r) => ({ value: r, label: t(`wristband.leaveReasons.${r}`) }))} />
        </Form.Item>
        <Form.Item name="leftOn" label={t('wristband.leave.leftOn')} rules={[{ required: true, message: t('wristband.choose', { field: t('wristband.leave.leftOn') }) }]}>
          <DatePicker allowClear={false} disabledDate={notInFuture} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
