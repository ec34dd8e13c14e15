// The consent form's two emergency contacts (relatives or friends), each name, relation, phone.
// Used by the enrollment form and by its correction form.
import { Col, Form, Input, Row, Select, Typography } from 'antd';
import type { FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import { CONTACT_RELATIONS, type ContactRelation } from '../../../../electron/contract/stemcell';
import { parsePhone } from '../../../../electron/contract/validation';

export interface ContactValues {
  name: string;
  relation: ContactRelation;
  phone: string;
}

export function ContactFields() {
  const { t } = useTranslation();
  const phoneRule: FormRule = {
    validateTrigger: 'onBlur',
    validator: async (_, raw: string | undefined) => {
      if (raw?.trim() && parsePhone(raw) === null) throw new Error(t('stemcell.issues.CONTACT_PHONE'));
    },
  };
  return (
    <>
      <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>
        {t('stemcell.contactsHint')}
      </Typography.Text>
      {[0, 1].map((i) => (
        <Row gutter={12} key={i}>
          <Col span={8}>
            <Form.Item
              name={['contacts', i, 'name']}
              label={`${t('stemcell.contact', { n: i + 1 })} ${t('stemcell.fields.contactName')}`}
              rules={[{ required: true, whitespace: true, message: t('stemcell.required', { field: t('stemcell.fields.contactName') }) }]}
            >
              <Input maxLength={50} placeholder={t('stemcell.placeholders.contactName')} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              name={['contacts', i, 'relation']}
              label={t('stemcell.fields.contactRelation')}
              rules={[{ required: true, message: t('stemcell.choose', { field: t('stemcell.fields.contactRelation') }) }]}
            >
              <Select
                aria-label={`${t('stemcell.contact', { n: i + 1 })} ${t('stemcell.fields.contactRelation')}`}
                options={CONTACT_RELATIONS.map((r) => ({ value: r, label: t(`stemcell.relations.${r}`) }))}
              />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item
              name={['contacts', i, 'phone']}
              label={t('stemcell.fields.contactPhone')}
              validateTrigger={['onChange', 'onBlur']}
              rules={[{ required: true, whitespace: true, message: t('stemcell.required', { field: t('stemcell.fields.contactPhone') }) }, phoneRule]}
            >
              <Input
                aria-label={`${t('stemcell.contact', { n: i + 1 })} ${t('stemcell.fields.contactPhone')}`}
                maxLength={30}
                placeholder={t('stemcell.placeholders.phone')}
              />
            </Form.Item>
          </Col>
        </Row>
      ))}
    </>
  );
}
