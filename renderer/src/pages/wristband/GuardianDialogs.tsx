// Editing the guardians (their order, phones and the band contact) and confirming that a phone
// still reaches its guardian, which the follow-up list counts from.
import { DatePicker, Form, Typography } from 'antd';
import { FormModal } from '../../components/FormModal';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Guardian, ParticipantDetail } from '../../../../electron/contract/wristband';
import { api } from '../../api/client';
import { notInFuture, toIsoDate } from '../stemcell/dates';
import { GuardianFields, type GuardianValues } from './GuardianFields';
import { useWristbandSubmit } from './useWristbandSubmit';

interface EditProps {
  readonly participant: ParticipantDetail;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onDone: (participant: ParticipantDetail) => void;
}

export function GuardiansModal({ participant, open, onClose, onDone }: EditProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ guardians: GuardianValues[] }>();
  const { saving, submit } = useWristbandSubmit(
    form,
    (values: { guardians: GuardianValues[] }) =>
      api.call('wristband.setGuardians', {
        participantId: participant.id,
        guardians: values.guardians.map((g) => ({ ...g, phones: g.phones.filter((p) => p.trim() !== '') })),
      }),
    onDone,
  );
  const initial = participant.guardians.map((g) => ({ name: g.name, relation: g.relation, phones: g.phones.map((p) => p.phone), isBandContact: g.isBandContact }));
  return (
    <FormModal
      title={t('wristband.guardians.editTitle')}
      form={form}
      saving={saving}
      open={open}
      width={820}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ guardians: initial }} onFinish={(values) => void submit(values)}>
        <GuardianFields />
      </Form>
    </FormModal>
  );
}

interface ConfirmProps {
  /** null: closed. */
  readonly target: { readonly guardian: Guardian; readonly phone: string } | null;
  readonly onClose: () => void;
  readonly onDone: (participant: ParticipantDetail) => void;
}

export function ConfirmPhoneModal({ target, onClose, onDone }: ConfirmProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ confirmedOn: Dayjs }>();
  const { saving, submit } = useWristbandSubmit(
    form,
    (values: { confirmedOn: Dayjs }) => api.call('wristband.confirmPhone', { guardianId: target!.guardian.id, phone: target!.phone, confirmedOn: toIsoDate(values.confirmedOn) }),
    onDone,
  );
  return (
    <FormModal
      title={t('wristband.guardians.confirmTitle')}
      form={form}
      saving={saving}
      open={target !== null}
      okText={t('wristband.guardians.confirm')}
      onCancel={onClose}
    >
      {target && <Typography.Paragraph>{t('wristband.guardians.confirmText', { phone: target.phone, name: target.guardian.name })}</Typography.Paragraph>}
      <Form form={form} layout="vertical" preserve={false} initialValues={{ confirmedOn: dayjs() }} onFinish={(values) => void submit(values)}>
        <Form.Item name="confirmedOn" label={t('wristband.guardians.confirmedOnLabel')} rules={[{ required: true, message: t('wristband.choose', { field: t('wristband.guardians.confirmedOnLabel') }) }]}>
          <DatePicker allowClear={false} disabledDate={notInFuture} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
