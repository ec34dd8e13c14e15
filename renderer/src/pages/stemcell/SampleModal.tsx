// "录入采样": the blood sample for HLA typing (about 5–8 ml), its tube barcode and the lab. The
// first sample moves a registered volunteer to 已采样.
import { DatePicker, Form, Input, InputNumber } from 'antd';
import { FormModal } from '../../components/FormModal';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { EnrollmentDetail } from '../../../../electron/contract/stemcell';
import { api } from '../../api/client';
import { notInFuture, toIsoDate } from './dates';
import { useFormSubmit } from './useFormSubmit';

interface Props {
  readonly enrollment: EnrollmentDetail;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onDone: (enrollment: EnrollmentDetail) => void;
}

interface Values {
  sampledOn: Dayjs;
  tubeBarcode: string;
  volumeMl: number;
  lab: string;
}

const FIELDS = ['sampledOn', 'tubeBarcode', 'volumeMl', 'lab'];

export function SampleModal({ enrollment, open, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { saving, submit } = useFormSubmit(
    'stemcell',
    form,
    FIELDS,
    (values: Values) => api.call('stemcell.addSample', { enrollmentId: enrollment.id, ...values, sampledOn: toIsoDate(values.sampledOn) }),
    onDone,
  );
  // The lab of the last sample is usually the lab of this one.
  const lastLab = enrollment.samples.at(-1)?.lab;

  return (
    <FormModal
      title={t('stemcell.sample.title')}
      form={form}
      saving={saving}
      open={open}
      onCancel={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ sampledOn: dayjs(), volumeMl: 6, lab: lastLab }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item name="sampledOn" label={t('stemcell.sample.sampledOn')} rules={[{ required: true, message: t('stemcell.choose', { field: t('stemcell.sample.sampledOn') }) }]}>
          <DatePicker allowClear={false} disabledDate={(date) => notInFuture(date) || date.isBefore(dayjs(enrollment.consentDate), 'day')} />
        </Form.Item>
        <Form.Item
          name="tubeBarcode"
          label={t('stemcell.sample.tubeBarcode')}
          rules={[
            { required: true, whitespace: true, message: t('stemcell.sample.barcodeRequired') },
            { pattern: /^[\s\dA-Za-z０-９Ａ-Ｚａ-ｚ-]{4,40}$/, message: t('stemcell.sample.barcodeFormat') },
          ]}
        >
          <Input autoFocus maxLength={40} placeholder={t('stemcell.placeholders.tubeBarcode')} style={{ fontVariantNumeric: 'tabular-nums' }} />
        </Form.Item>
        <Form.Item name="volumeMl" label={t('stemcell.sample.volumeMl')} rules={[{ required: true, message: t('stemcell.required', { field: t('stemcell.sample.volumeMl') }) }]}>
          <InputNumber min={1} max={20} step={0.5} />
        </Form.Item>
        <Form.Item name="lab" label={t('stemcell.sample.lab')} rules={[{ required: true, whitespace: true, message: t('stemcell.sample.labRequired') }]}>
          <Input maxLength={100} placeholder={t('stemcell.placeholders.lab')} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
