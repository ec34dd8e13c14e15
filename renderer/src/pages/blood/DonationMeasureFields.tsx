// The part of the donation form that depends on kind and outcome: the volume (from the rule in
// force on the chosen day) or the therapeutic units, or the reason for a deferral.
import { Checkbox, Col, Form, Input, InputNumber, Radio, Row, Select, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DEFERRAL_REASONS } from '../../../../electron/contract/blood';
import type { RuleValue } from '../../../../electron/contract/rules';
import { useApiQuery } from '../../api/useApiQuery';
import type { DonationFormValues } from './donationForm';

/** The blood rules in force on the form's date (the shipped defaults until they arrive). */
function useMeasureRules(date: Dayjs | undefined) {
  const rules = useApiQuery('rules.list', date ? { onDate: date.format('YYYY-MM-DD') } : null);
  const value = <V,>(key: string, fallback: V): V => (rules.data?.find((r) => r.key === key)?.current.value as V | undefined) ?? fallback;
  return {
    volumes: value<RuleValue<'blood.wholeBloodVolumes'>>('blood.wholeBloodVolumes', [200, 300, 400]),
    platelets: value<RuleValue<'blood.platelets'>>('blood.platelets', { minUnitsPerDonation: 1, maxUnitsPerDonation: 2, maxDonationsPerYear: 24 }),
  };
}

export function DonationMeasureFields({ form }: { readonly form: FormInstance<DonationFormValues> }) {
  const { t } = useTranslation();
  const kind = Form.useWatch('kind', form);
  const outcome = Form.useWatch('outcome', form);
  const reason = Form.useWatch('deferralReason', form);
  const { volumes, platelets } = useMeasureRules(Form.useWatch('date', form));

  if (outcome === 'deferred') {
    return (
      <Row gutter={16}>
        <Col span={10}>
          <Form.Item name="deferralReason" label={t('blood.form.deferralReason')} rules={[{ required: true, message: t('blood.form.deferralReason') }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={DEFERRAL_REASONS.map((r) => ({ value: r, label: t(`blood.deferralReasons.${r}`) }))} />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item name="deferralNote" label={t('blood.form.deferralNote')} rules={[{ required: reason === 'other', whitespace: true, message: t('blood.form.deferralNote') }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
    );
  }
  return (
    <>
      <Row gutter={16}>
        <Col span={12}>
          {kind === 'platelets' ? (
            <Form.Item name="units" label={t('blood.form.units')} rules={[{ required: true, message: t('blood.form.units') }]}>
              <InputNumber min={platelets.minUnitsPerDonation} max={platelets.maxUnitsPerDonation} step={0.5} style={{ width: '100%' }} />
            </Form.Item>
          ) : (
            <Form.Item name="volumeMl" label={t('blood.form.volume')} rules={[{ required: true, message: t('blood.form.volume') }]}>
              <Radio.Group optionType="button" options={volumes.map((ml) => ({ value: ml, label: t('blood.ml', { count: ml }) }))} />
            </Form.Item>
          )}
        </Col>
        <Col span={12}>
          <Form.Item name="certificateNo" label={t('blood.form.certificateNo')}>
            <Input maxLength={40} style={{ fontVariantNumeric: 'tabular-nums' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="adverseReaction" valuePropName="checked" style={{ marginBottom: 8 }}>
        <Checkbox>{t('blood.form.adverseReaction')}</Checkbox>
      </Form.Item>
      {kind === 'platelets' ? (
        <Form.Item name="physicianApproved" valuePropName="checked" style={{ marginBottom: 8 }}>
          <Checkbox>{t('blood.form.physicianApproved')}</Checkbox>
        </Form.Item>
      ) : null}
    </>
  );
}
