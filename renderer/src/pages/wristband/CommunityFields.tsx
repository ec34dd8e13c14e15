// Where the participant lives and who looks out for them there: the village (or community),
// the grid cell, its grid worker and the community police officer. Nothing here is sensitive.
import { Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePhoneRule } from './fieldRules';

export function CommunityFields({ prefix = ['community'] }: { readonly prefix?: readonly string[] }) {
  const { t } = useTranslation();
  const phoneRule = usePhoneRule();
  const name = (field: string) => [...prefix, field];
  return (
    <>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            name={name('village')}
            label={t('wristband.fields.village')}
            rules={[{ required: true, whitespace: true, message: t('wristband.required', { field: t('wristband.fields.village') }) }]}
          >
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name={name('grid')} label={t('wristband.fields.grid')}>
            <Input maxLength={50} placeholder={t('wristband.placeholders.optional')} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name={name('gridWorker')} label={t('wristband.fields.gridWorker')}>
            <Input maxLength={50} placeholder={t('wristband.placeholders.optional')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name={name('gridWorkerPhone')} label={t('wristband.fields.gridWorkerPhone')} rules={[phoneRule]}>
            <Input maxLength={30} placeholder={t('wristband.placeholders.phone')} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name={name('policeContact')} label={t('wristband.fields.policeContact')}>
            <Input maxLength={50} placeholder={t('wristband.placeholders.optional')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name={name('policePhone')} label={t('wristband.fields.policePhone')} rules={[phoneRule]}>
            <Input maxLength={30} placeholder={t('wristband.placeholders.phone')} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
