// The separate consent (单独同意, PIPL art. 28–29) sensitive data needs: who gave it, their
// relation to the participant, the day, and what it covers. `prefix` places the fields in the
// form (['consent'] in the enrolment form, [] in the consent dialog).
import { Checkbox, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CONSENT_GIVERS, CONSENT_SCOPES, type ConsentGiver, type ConsentScope } from '../../../../electron/contract/wristband';
import { notInFuture, toIsoDate } from '../stemcell/dates';

export interface ConsentValues {
  guardianName: string;
  relation: ConsentGiver;
  givenOn: Dayjs;
  scope: ConsentScope[];
}

export const consentInput = (values: ConsentValues) => ({ ...values, givenOn: toIsoDate(values.givenOn) });

export function ConsentFields({ prefix }: { readonly prefix: readonly string[] }) {
  const { t } = useTranslation();
  const name = (field: keyof ConsentValues) => [...prefix, field];
  return (
    <>
      <Row gutter={16}>
        <Col span={9}>
          <Form.Item
            name={name('guardianName')}
            label={t('wristband.consent.guardianName')}
            rules={[{ required: true, whitespace: true, message: t('wristband.required', { field: t('wristband.consent.guardianName') }) }]}
          >
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col span={7}>
          <Form.Item name={name('relation')} label={t('wristband.consent.relation')} rules={[{ required: true, message: t('wristband.choose', { field: t('wristband.consent.relation') }) }]}>
            <Select options={CONSENT_GIVERS.map((r) => ({ value: r, label: t(`wristband.consentGivers.${r}`) }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name={name('givenOn')} label={t('wristband.consent.givenOn')} rules={[{ required: true, message: t('wristband.choose', { field: t('wristband.consent.givenOn') }) }]}>
            <DatePicker allowClear={false} disabledDate={notInFuture} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name={name('scope')} label={t('wristband.consent.scope')} rules={[{ required: true, type: 'array', min: 1, message: t('wristband.consent.scopeRequired') }]}>
        <Checkbox.Group options={CONSENT_SCOPES.map((s) => ({ value: s, label: t(`wristband.consentScopes.${s}`) }))} />
      </Form.Item>
    </>
  );
}
