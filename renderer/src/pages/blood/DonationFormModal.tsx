// "登记献血": pick the donor by search, see their next dates, enter the donation or the
// deferral. A donation that breaks a rule opens the override dialog; it is saved only with a
// reason. Ctrl+Enter saves; the date defaults to today and the volume to the last one used.
import { App, Col, DatePicker, Form, Modal, Radio, Row, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DONATION_KINDS, DONATION_OUTCOMES, type RuleBreak } from '../../../../electron/contract/blood';
import { ApiError } from '../../../../electron/contract/errors';
import { api } from '../../api/client';
import { describeError, fieldErrorsOf } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import { PersonPicker } from '../../components/PersonPicker';
import { useBloodView } from './bloodView';
import { DONATION_FIELDS, toDonationInput, type DonationFormValues } from './donationForm';
import { DonationMeasureFields } from './DonationMeasureFields';
import { DonorStanding } from './DonorStanding';
import { OverrideDialog } from './OverrideDialog';

export interface DonationPreset {
  readonly driveId?: number;
  readonly date?: string;
}

interface Props {
  /** null: closed. */
  readonly preset: DonationPreset | null;
  readonly onClose: () => void;
}

function DriveSelect(props: { readonly value?: number; readonly onChange?: (id: number | undefined) => void; readonly onPick: (date: string) => void }) {
  const { t } = useTranslation();
  const drives = useApiQuery('blood.listDrives', { sort: 'date', limit: 100 });
  const options = (drives.data?.rows ?? []).map((d) => ({ value: d.id, label: `${d.date} ${d.site}`, date: d.date }));
  return (
    <Select
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      value={props.value}
      placeholder={t('blood.form.drivePlaceholder')}
      options={options}
      loading={drives.loading}
      onChange={(id: number | undefined) => {
        props.onChange?.(id);
        const picked = options.find((o) => o.value === id);
        if (picked) props.onPick(picked.date);
      }}
    />
  );
}

export function DonationFormModal({ preset, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<DonationFormValues>();
  const lastVolumeMl = useBloodView((s) => s.lastVolumeMl);
  const saved = useBloodView((s) => s.saved);
  const personId = Form.useWatch('personId', form);
  const [saving, setSaving] = useState(false);
  const [violations, setViolations] = useState<readonly RuleBreak[] | null>(null);

  const showError = (error: unknown) => {
    const fields = fieldErrorsOf(t, error).filter((e) => (DONATION_FIELDS as readonly string[]).includes(e.field));
    const details = error instanceof ApiError ? (error.details as { field?: unknown } | undefined) : undefined;
    if (error instanceof ApiError && error.code === 'DUPLICATE' && details?.field === 'certificateNo') {
      form.setFields([{ name: 'certificateNo', errors: [t('blood.duplicateCertificate')] }]);
    } else if (fields.length > 0) {
      form.setFields(fields.map((e) => ({ name: e.field as (typeof DONATION_FIELDS)[number], errors: [e.message] })));
    } else {
      void message.error(describeError(t, error));
    }
  };

  const save = async (overrideReason?: string) => {
    const values = form.getFieldsValue(true) as DonationFormValues;
    setSaving(true);
    try {
      const result = await api.call('blood.recordDonation', toDonationInput(values, overrideReason));
      if (result.status === 'needsOverride') {
        setViolations(result.violations);
        return;
      }
      setViolations(null);
      void message.success(t('common.saved'));
      saved(values.kind === 'whole_blood' ? values.volumeMl : undefined);
      onClose();
    } catch (error) {
      setViolations(null);
      showError(error);
    } finally {
      setSaving(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.submit();
    }
  };

  return (
    <Modal
      title={t('blood.form.title')}
      open={preset !== null}
      width={680}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving && violations === null}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <div onKeyDown={onKeyDown}>
        <Form<DonationFormValues>
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{
            date: preset?.date ? dayjs(preset.date) : dayjs(),
            kind: 'whole_blood',
            outcome: 'donated',
            volumeMl: lastVolumeMl,
            units: 1,
            driveId: preset?.driveId,
          }}
          onFinish={() => void save()}
          style={{ marginTop: 16 }}
        >
          <Form.Item name="personId" label={t('blood.form.person')} rules={[{ required: true, message: t('blood.form.person') }]}>
            <PersonPicker autoFocus />
          </Form.Item>
          {personId !== undefined ? (
            <div style={{ marginBottom: 16 }}>
              <DonorStanding personId={personId} />
            </div>
          ) : null}
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item name="date" label={t('blood.form.date')} rules={[{ required: true, message: t('blood.form.date') }]}>
                <DatePicker style={{ width: '100%' }} allowClear={false} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
              </Form.Item>
            </Col>
            <Col span={16}>
              <Form.Item name="driveId" label={t('blood.form.drive')}>
                <DriveSelect onPick={(date) => form.setFieldValue('date', dayjs(date))} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item name="kind" label={t('blood.form.kind')}>
                <Radio.Group optionType="button" options={DONATION_KINDS.map((k) => ({ value: k, label: t(`blood.kinds.${k}`) }))} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="outcome" label={t('blood.form.outcome')}>
                <Radio.Group optionType="button" options={DONATION_OUTCOMES.map((o) => ({ value: o, label: t(`blood.outcomes.${o}`) }))} />
              </Form.Item>
            </Col>
          </Row>
          <DonationMeasureFields form={form} />
        </Form>
        <Typography.Text type="secondary">{t('blood.form.saveShortcut')}</Typography.Text>
      </div>
      <OverrideDialog violations={violations} saving={saving} onCancel={() => setViolations(null)} onConfirm={(reason) => void save(reason)} />
    </Modal>
  );
}
