// The three steps of a missing-person incident, one dialog each: reported missing (when, by
// whom), found (when, where, by whom, how identified), reunited with the family (when).
// Times are the office's local date and time, to the minute.
import { DatePicker, Form, Input, Select } from 'antd';
import { FormModal } from '../../components/FormModal';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { IDENTIFICATION_METHODS, type Incident, type IdentificationMethod } from '../../../../electron/contract/wristbandIncidents';
import { api } from '../../api/client';
import { usePhoneRule } from './fieldRules';
import { useWristbandSubmit } from './useWristbandSubmit';

export type IncidentStep = { kind: 'missing'; participantId: number } | { kind: 'found'; incident: Incident } | { kind: 'reunited'; incident: Incident };

interface Props {
  readonly step: IncidentStep | null;
  readonly onClose: () => void;
  readonly onDone: (incident: Incident) => void;
}

interface Values {
  at: Dayjs;
  reportedBy?: string;
  reporterPhone?: string;
  foundPlace?: string;
  foundBy?: string;
  identifiedBy?: IdentificationMethod;
  notes?: string;
}

const FORMAT = 'YYYY-MM-DD HH:mm';
const localDateTime = (value: Dayjs) => value.format('YYYY-MM-DDTHH:mm');
const notAfterNow = (date: Dayjs) => date.isAfter(dayjs(), 'day');

export function IncidentModal({ step, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const phoneRule = usePhoneRule();
  const required = (field: string) => [{ required: true, whitespace: true, message: t('wristband.required', { field }) }];

  const { saving, submit } = useWristbandSubmit(
    form,
    (values: Values) => {
      const at = localDateTime(values.at);
      switch (step!.kind) {
        case 'missing':
          return api.call('wristband.reportMissing', {
            participantId: step!.participantId,
            missingAt: at,
            reportedBy: values.reportedBy!,
            reporterPhone: values.reporterPhone?.trim() ? values.reporterPhone : null,
            notes: values.notes,
          });
        case 'found':
          return api.call('wristband.recordFound', {
            incidentId: step!.incident.id,
            foundAt: at,
            foundPlace: values.foundPlace!,
            foundBy: values.foundBy!,
            identifiedBy: values.identifiedBy!,
            notes: values.notes,
          });
        case 'reunited':
          return api.call('wristband.recordReunited', { incidentId: step!.incident.id, reunitedAt: at, notes: values.notes });
      }
    },
    onDone,
  );

  const kind = step?.kind ?? 'missing';
  const atLabel = t(`wristband.incidents.${kind === 'missing' ? 'missingAt' : kind === 'found' ? 'foundAt' : 'reunitedAt'}`);
  return (
    <FormModal
      title={t(`wristband.incidents.${kind}Title`)}
      form={form}
      saving={saving}
      open={step !== null}
      okButtonProps={{ danger: kind === 'missing' }}
      onCancel={onClose}
    >
      <Form<Values> form={form} layout="vertical" preserve={false} initialValues={{ at: dayjs() }} onFinish={(values) => void submit(values)}>
        <Form.Item name="at" label={atLabel} extra={t('wristband.incidents.dateTimeHint')} rules={[{ required: true, message: t('wristband.choose', { field: atLabel }) }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format={FORMAT} allowClear={false} disabledDate={notAfterNow} />
        </Form.Item>
        {kind === 'missing' && (
          <>
            <Form.Item name="reportedBy" label={t('wristband.incidents.reportedBy')} rules={required(t('wristband.incidents.reportedBy'))}>
              <Input maxLength={50} />
            </Form.Item>
            <Form.Item name="reporterPhone" label={t('wristband.incidents.reporterPhone')} rules={[phoneRule]}>
              <Input maxLength={30} placeholder={t('wristband.placeholders.phone')} />
            </Form.Item>
          </>
        )}
        {kind === 'found' && (
          <>
            <Form.Item name="foundPlace" label={t('wristband.incidents.foundPlace')} rules={required(t('wristband.incidents.foundPlace'))}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="foundBy" label={t('wristband.incidents.foundBy')} rules={required(t('wristband.incidents.foundBy'))}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="identifiedBy" label={t('wristband.incidents.identifiedBy')} rules={[{ required: true, message: t('wristband.choose', { field: t('wristband.incidents.identifiedBy') }) }]}>
              <Select options={IDENTIFICATION_METHODS.map((m) => ({ value: m, label: t(`wristband.identification.${m}`) }))} />
            </Form.Item>
          </>
        )}
        <Form.Item name="notes" label={t('wristband.incidents.notes')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} placeholder={t('wristband.placeholders.optional')} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
