// One step of the pipeline, or the withdrawal: the date (today unless changed), a note and, to
// withdraw, the EMDIS reason code. The registry decides whether the step is allowed.
import { Alert, DatePicker, Form, Input, Select } from 'antd';
import { FormModal } from '../../components/FormModal';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  MATCH_STAGES,
  WITHDRAWAL_REASONS,
  type EnrollmentDetail,
  type PipelineStatus,
  type WithdrawalReason,
} from '../../../../electron/contract/stemcell';
import { localToday } from '../../../../electron/contract/validation/calendar';
import { api } from '../../api/client';
import { notInFuture, toIsoDate } from './dates';
import { useFormSubmit } from './useFormSubmit';

export type StepTarget = PipelineStatus | 'withdrawn';

interface Props {
  readonly enrollment: EnrollmentDetail;
  /** null: closed. */
  readonly target: StepTarget | null;
  readonly onClose: () => void;
  readonly onDone: (enrollment: EnrollmentDetail) => void;
}

interface Values {
  date: Dayjs;
  reason?: WithdrawalReason;
  note?: string;
}

const FIELDS = ['date', 'reason', 'note'];

function WithdrawWarnings({ enrollment }: { readonly enrollment: EnrollmentDetail }) {
  const { t } = useTranslation();
  const stage = enrollment.status === 'withdrawn' ? null : enrollment.status;
  return (
    <>
      {stage !== null && MATCH_STAGES.includes(stage) && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('stemcell.withdraw.regretWarning', { stage: t(`stemcell.status.${stage}`) })} />
      )}
      {enrollment.coolingOffUntil !== null && localToday() < enrollment.coolingOffUntil && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('stemcell.withdraw.coolingOffNote')} />
      )}
    </>
  );
}

export function StepModal({ enrollment, target, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const withdrawing = target === 'withdrawn';
  const backToPool = target === 'typed';
  const { saving, submit } = useFormSubmit(
    'stemcell',
    form,
    FIELDS,
    (values: Values) =>
      api.call('stemcell.changeStatus', { enrollmentId: enrollment.id, status: target!, date: toIsoDate(values.date), reason: values.reason, note: values.note }),
    onDone,
  );
  const title = withdrawing
    ? t('stemcell.withdraw.title')
    : t('stemcell.step.title', { status: backToPool ? t('stemcell.actions.backToPool') : target ? t(`stemcell.status.${target}`) : '' });

  return (
    <FormModal
      title={title}
      form={form}
      saving={saving}
      open={target !== null}
      okText={withdrawing ? t('stemcell.withdraw.confirm') : t('common.save')}
      okButtonProps={{ danger: withdrawing }}
      onCancel={onClose}
    >
      {withdrawing && <WithdrawWarnings enrollment={enrollment} />}
      {backToPool && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('stemcell.step.backToPoolHint')} />}
      <Form<Values> form={form} layout="vertical" preserve={false} initialValues={{ date: dayjs() }} onFinish={(values) => void submit(values)}>
        <Form.Item name="date" label={t('stemcell.step.date')} rules={[{ required: true, message: t('stemcell.choose', { field: t('stemcell.step.date') }) }]}>
          <DatePicker
            allowClear={false}
            disabledDate={(date) => notInFuture(date) || date.isBefore(dayjs(enrollment.statusSince), 'day')}
          />
        </Form.Item>
        {withdrawing && (
          <Form.Item name="reason" label={t('stemcell.withdraw.reason')} rules={[{ required: true, message: t('stemcell.withdraw.reasonRequired') }]}>
            <Select
              autoFocus
              options={WITHDRAWAL_REASONS.map((code) => ({ value: code, label: `${code} ${t(`stemcell.reasons.${code}`)}` }))}
            />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('stemcell.step.note')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} placeholder={t('stemcell.placeholders.note')} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
