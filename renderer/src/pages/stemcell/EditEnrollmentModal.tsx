// Correcting the consent form: the two contacts (phones change over the years), the CMDP donor
// ID once the database has assigned it, and notes. The timeline is not touched here.
import { Form, Input } from 'antd';
import { FormModal } from '../../components/FormModal';
import { useTranslation } from 'react-i18next';
import type { EnrollmentDetail } from '../../../../electron/contract/stemcell';
import { api } from '../../api/client';
import { ContactFields, type ContactValues } from './ContactFields';
import { useFormSubmit } from './useFormSubmit';

interface Props {
  readonly enrollment: EnrollmentDetail;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onDone: (enrollment: EnrollmentDetail) => void;
}

interface Values {
  contacts: [ContactValues, ContactValues];
  cmdpDonorId?: string;
  notes?: string;
}

const FIELDS = ['contacts', 'cmdpDonorId', 'notes'];

export function EditEnrollmentModal({ enrollment, open, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { saving, submit } = useFormSubmit(
    'stemcell',
    form,
    FIELDS,
    (values: Values) =>
      api.call('stemcell.update', {
        enrollmentId: enrollment.id,
        contacts: values.contacts,
        cmdpDonorId: values.cmdpDonorId?.trim() ? values.cmdpDonorId : null,
        notes: values.notes ?? '',
      }),
    onDone,
  );

  return (
    <FormModal
      title={t('stemcell.actions.edit')}
      form={form}
      saving={saving}
      open={open}
      width={720}
      onCancel={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ contacts: enrollment.contacts, cmdpDonorId: enrollment.cmdpDonorId ?? undefined, notes: enrollment.notes ?? undefined }}
        onFinish={(values) => void submit(values)}
      >
        <ContactFields />
        <Form.Item name="cmdpDonorId" label={t('stemcell.fields.donorId')}>
          <Input autoFocus maxLength={20} placeholder={t('stemcell.placeholders.donorId')} style={{ maxWidth: 280 }} />
        </Form.Item>
        <Form.Item name="notes" label={t('stemcell.fields.notes')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
