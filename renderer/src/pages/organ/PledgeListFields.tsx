// The lists a pledge form carries: family consents (spouse, adult children, parents, each with
// a date) and witnesses (name, phone). Rows are added and removed as staff need them.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Form, Input, Row, Select, Typography } from 'antd';
import type { FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import { CONSENT_RELATIONS, MAX_FAMILY_CONSENTS, MAX_WITNESSES } from '../../../../electron/contract/organ';
import { parsePhone } from '../../../../electron/contract/validation';
import { notInFuture } from '../stemcell/dates';

export function usePhoneRule(): FormRule {
  const { t } = useTranslation();
  return {
    validateTrigger: 'onBlur',
    validator: async (_, raw: string | undefined) => {
      if (raw?.trim() && parsePhone(raw) === null) throw new Error(t('organ.issues.CONTACT_PHONE'));
    },
  };
}

export function FamilyConsentFields() {
  const { t } = useTranslation();
  return (
    <Form.List name="familyConsents">
      {(rows, { add, remove }) => (
        <>
          <div style={{ marginTop: 12 }}>
            <Typography.Text strong>{t('organ.fields.familyConsents')}</Typography.Text>
            <Typography.Text type="secondary">（{t('organ.hints.familyConsents')}）</Typography.Text>
          </div>
          {rows.map((row) => (
            <Row gutter={8} key={row.key} align="top" style={{ marginTop: 8 }}>
              <Col span={8}>
                <Form.Item name={[row.name, 'name']} rules={[{ required: true, whitespace: true, message: t('organ.required', { field: t('organ.fields.consentName') }) }]}>
                  <Input aria-label={t('organ.fields.consentName')} placeholder={t('organ.fields.consentName')} maxLength={50} />
                </Form.Item>
              </Col>
              <Col span={6}>
                <Form.Item name={[row.name, 'relation']} rules={[{ required: true, message: t('organ.choose', { field: t('organ.fields.consentRelation') }) }]}>
                  <Select
                    aria-label={t('organ.fields.consentRelation')}
                    placeholder={t('organ.fields.consentRelation')}
                    options={CONSENT_RELATIONS.map((r) => ({ value: r, label: t(`organ.consentRelations.${r}`) }))}
                  />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name={[row.name, 'date']} rules={[{ required: true, message: t('organ.choose', { field: t('organ.fields.consentDate') }) }]}>
                  <DatePicker aria-label={t('organ.fields.consentDate')} placeholder={t('organ.fields.consentDate')} disabledDate={notInFuture} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={2}>
                <Button type="text" icon={<DeleteOutlined />} aria-label={t('common.remove')} onClick={() => remove(row.name)} />
              </Col>
            </Row>
          ))}
          <Form.Item>
            <Button type="dashed" icon={<PlusOutlined aria-hidden />} disabled={rows.length >= MAX_FAMILY_CONSENTS} onClick={() => add()} style={{ marginTop: 8 }}>
              {t('organ.addConsent')}
            </Button>
          </Form.Item>
        </>
      )}
    </Form.List>
  );
}

export function WitnessFields() {
  const { t } = useTranslation();
  const phoneRule = usePhoneRule();
  return (
    <Form.List name="witnesses">
      {(rows, { add, remove }) => (
        <>
          <div style={{ marginTop: 12 }}>
            <Typography.Text strong>{t('organ.fields.witnesses')}</Typography.Text>
          </div>
          {rows.map((row) => (
            <Row gutter={8} key={row.key} align="top" style={{ marginTop: 8 }}>
              <Col span={10}>
                <Form.Item name={[row.name, 'name']} rules={[{ required: true, whitespace: true, message: t('organ.required', { field: t('organ.fields.witnessName') }) }]}>
                  <Input aria-label={t('organ.fields.witnessName')} placeholder={t('organ.fields.witnessName')} maxLength={50} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name={[row.name, 'phone']} validateTrigger={['onChange', 'onBlur']} rules={[{ required: true, whitespace: true, message: t('organ.required', { field: t('organ.fields.witnessPhone') }) }, phoneRule]}>
                  <Input aria-label={t('organ.fields.witnessPhone')} placeholder={t('organ.placeholders.phone')} maxLength={30} />
                </Form.Item>
              </Col>
              <Col span={2}>
                <Button type="text" icon={<DeleteOutlined />} aria-label={t('common.remove')} onClick={() => remove(row.name)} />
              </Col>
            </Row>
          ))}
          <Form.Item>
            <Button type="dashed" icon={<PlusOutlined aria-hidden />} disabled={rows.length >= MAX_WITNESSES} onClick={() => add()} style={{ marginTop: 8 }}>
              {t('organ.addWitness')}
            </Button>
          </Form.Item>
        </>
      )}
    </Form.List>
  );
}
