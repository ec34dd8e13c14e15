// Recording a new separate consent (it replaces the one in force) and withdrawing consent
// (which deletes every sensitive field): each a dialog with its date, the second one a
// warning first.
import { Alert, DatePicker, Form } from 'antd';
import { FormModal } from '../../components/FormModal';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ParticipantDetail } from '../../../../electron/contract/wristband';
import { api } from '../../api/client';
import { notInFuture, toIsoDate } from '../stemcell/dates';
import { ConsentFields, consentInput, type ConsentValues } from './ConsentFields';
import { useWristbandSubmit } from './useWristbandSubmit';

interface Props {
  readonly participant: ParticipantDetail;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onDone: (participant: ParticipantDetail) => void;
}

export function GiveConsentModal({ participant, open, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ConsentValues>();
  const { saving, submit } = useWristbandSubmit(
    form,
    (values: ConsentValues) => api.call('wristband.giveConsent', { participantId: participant.id, consent: consentInput(values) }),
    onDone,
    ['consent'],
  );
  const current = participant.consent;
  return (
    <FormModal
      title={t('wristband.consent.giveTitle')}
      form={form}
      saving={saving}
      open={open}
      width={680}
      onCancel={onClose}
    >
      {current && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('wristband.consent.giveHint')} />}
      <Form<ConsentValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={current ? { guardianName: current.guardianName, relation: current.relation, givenOn: dayjs(), scope: [...current.scope] } : { givenOn: dayjs(), scope: [] }}
        onFinish={(values) => void submit(values)}
      >
        <ConsentFields prefix={[]} />
      </Form>
    </FormModal>
  );
}

export function WithdrawConsentModal({ participant, open, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ withdrawnOn: Dayjs }>();
  const { saving, submit } = useWristbandSubmit(
    form,
    (values: { withdrawnOn: Dayjs }) => api.call('wristband.withdrawConsent', { participantId: participant.id, withdrawnOn: toIsoDate(values.withdrawnOn) }),
    onDone,
  );
  return (
    <FormModal
      title={t('wristband.consent.withdrawTitle')}
      form={form}
      saving={saving}
      open={open}
      okText={t('wristband.consent.confirmWithdraw')}
      okButtonProps={{ danger: true }}
      onCancel={onClose}
    >
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('wristband.consent.withdrawWarning')} />
      <Form form={form} layout="vertical" preserve={false} initialValues={{ withdrawnOn: dayjs() }} onFinish={(values) => void submit(values)}>
        <Form.Item name="withdrawnOn" label={t('wristband.consent.withdrawnOn')} rules={[{ required: true, message: t('wristband.choose', { field: t('wristband.consent.withdrawnOn') }) }]}>
          <DatePicker allowClear={false} disabledDate={notInFuture} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
