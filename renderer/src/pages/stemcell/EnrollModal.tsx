// "登记入库": a registered person joins the stem-cell registry with the consent form's date and
// its two emergency contacts. The registry checks the age and the pilot rules; its refusals
// appear under the field they concern.
import { App, DatePicker, Form, Input } from 'antd';
import { FormModal } from '../../components/FormModal';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../electron/contract/errors';
import type { PersonSummary } from '../../../../electron/contract/people';
import type { EnrollmentDetail } from '../../../../electron/contract/stemcell';
import { ageOn } from '../../../../electron/contract/validation/calendar';
import { api } from '../../api/client';
import { ContactFields, type ContactValues } from './ContactFields';
import { notInFuture, toIsoDate } from './dates';
import { PersonPicker } from '../../components/PersonPicker';
import { useFormSubmit } from './useFormSubmit';

interface Props {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onEnrolled: (enrollment: EnrollmentDetail) => void;
  /** The person is already a volunteer: the caller opens their record instead. */
  readonly onAlreadyEnrolled: (personId: number) => void;
}

interface Values {
  personId: number;
  consentDate: Dayjs;
  contacts: [ContactValues, ContactValues];
  cmdpDonorId?: string;
  notes?: string;
}

const FIELDS = ['personId', 'consentDate', 'contacts', 'cmdpDonorId', 'notes'];

export function EnrollModal({ open, onClose, onEnrolled, onAlreadyEnrolled }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [person, setPerson] = useState<PersonSummary | null>(null);
  const consentDate = Form.useWatch('consentDate', form);
  const age = person?.birthDate && consentDate ? ageOn(person.birthDate, toIsoDate(consentDate)) : null;

  const { saving, submit } = useFormSubmit(
    'stemcell',
    form,
    FIELDS,
    (values: Values) =>
      api.call('stemcell.enroll', {
        personId: values.personId,
        consentDate: toIsoDate(values.consentDate),
        contacts: values.contacts,
        cmdpDonorId: values.cmdpDonorId?.trim() ? values.cmdpDonorId : undefined,
        notes: values.notes,
      }),
    onEnrolled,
    (error, values) => {
      const alreadyEnrolled = error instanceof ApiError && error.code === 'DUPLICATE' && (error.details as { field?: string } | undefined)?.field === undefined;
      if (alreadyEnrolled) {
        void message.warning(t('stemcell.duplicate.enrollment'));
        onAlreadyEnrolled(values.personId);
      }
      return alreadyEnrolled;
    },
  );

  return (
    <FormModal
      title={t('stemcell.enroll')}
      form={form}
      saving={saving}
      open={open}
      width={720}
      onCancel={onClose}
      afterClose={() => setPerson(null)}
      mask={{ closable: false }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ consentDate: dayjs() }}
        onFinish={(values) => void submit(values)}
        style={{ marginTop: 16 }}
      >
        <Form.Item
          name="personId"
          label={t('stemcell.fields.person')}
          rules={[{ required: true, message: t('stemcell.choose', { field: t('stemcell.fields.person') }) }]}
          extra={age !== null ? t('stemcell.personAge', { age }) : undefined}
        >
          <PersonPicker autoFocus onChange={(_, picked) => setPerson(picked)} />
        </Form.Item>
        <Form.Item name="consentDate" label={t('stemcell.fields.consentDate')} rules={[{ required: true, message: t('stemcell.choose', { field: t('stemcell.fields.consentDate') }) }]}>
          <DatePicker disabledDate={notInFuture} allowClear={false} />
        </Form.Item>
        <ContactFields />
        <Form.Item name="cmdpDonorId" label={t('stemcell.fields.donorId')}>
          <Input maxLength={20} placeholder={t('stemcell.placeholders.donorId')} style={{ maxWidth: 280 }} />
        </Form.Item>
        <Form.Item name="notes" label={t('stemcell.fields.notes')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
