// The guardians, in the order staff would call them: name, relation, one to three phones, and
// which one is the band contact (the phone printed on the card). Ticking one unticks the
// others, so there is never more than one.
import { ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, Flex, Form, Input, Row, Select, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { GUARDIAN_RELATIONS, MAX_GUARDIAN_PHONES, MAX_GUARDIANS } from '../../../../electron/contract/wristband';
import { usePhoneRule } from './fieldRules';

export interface GuardianValues {
  name: string;
  relation: (typeof GUARDIAN_RELATIONS)[number];
  phones: string[];
  isBandContact: boolean;
}

export const emptyGuardian = (first: boolean): Partial<GuardianValues> => ({ phones: [''], isBandContact: first });

export function GuardianFields() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const phoneRule = usePhoneRule();

  const markContact = (index: number, checked: boolean) => {
    const guardians = (form.getFieldValue('guardians') ?? []) as GuardianValues[];
    form.setFieldValue(
      'guardians',
      guardians.map((g, i) => ({ ...g, isBandContact: checked ? i === index : g.isBandContact && i !== index })),
    );
  };

  return (
    <Form.List name="guardians">
      {(rows, { add, remove, move }) => (
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">{t('wristband.guardians.order')}</Typography.Text>
          {rows.map((row, index) => (
            <fieldset key={row.key} aria-label={`${t('wristband.guardians.title')} ${index + 1}`} style={{ border: '1px solid rgba(5,5,5,0.1)', borderRadius: 8, padding: '12px 12px 0' }}>
              <Row gutter={8} align="top">
                <Col span={7}>
                  <Form.Item
                    name={[row.name, 'name']}
                    label={t('wristband.guardians.name')}
                    rules={[{ required: true, whitespace: true, message: t('wristband.required', { field: t('wristband.guardians.name') }) }]}
                  >
                    <Input maxLength={50} />
                  </Form.Item>
                </Col>
                <Col span={6}>
                  <Form.Item
                    name={[row.name, 'relation']}
                    label={t('wristband.guardians.relation')}
                    rules={[{ required: true, message: t('wristband.choose', { field: t('wristband.guardians.relation') }) }]}
                  >
                    <Select options={GUARDIAN_RELATIONS.map((r) => ({ value: r, label: t(`wristband.relations.${r}`) }))} />
                  </Form.Item>
                </Col>
                <Col span={11}>
                  <Form.List name={[row.name, 'phones']}>
                    {(phones, phoneOps) => (
                      <Form.Item label={t('wristband.guardians.phones')} required style={{ marginBottom: 0 }}>
                        {phones.map((phone, phoneIndex) => (
                          <Flex key={phone.key} gap={4}>
                            <Form.Item
                              name={phone.name}
                              validateTrigger={['onChange', 'onBlur']}
                              rules={[{ required: true, whitespace: true, message: t('wristband.required', { field: t('wristband.guardians.phones') }) }, phoneRule]}
                              style={{ flex: 1 }}
                            >
                              <Input aria-label={`${t('wristband.guardians.phones')} ${phoneIndex + 1}`} maxLength={30} placeholder={t('wristband.placeholders.phone')} />
                            </Form.Item>
                            {phones.length > 1 && <Button type="text" aria-label={t('wristband.guardians.remove')} icon={<DeleteOutlined aria-hidden />} onClick={() => phoneOps.remove(phone.name)} />}
                          </Flex>
                        ))}
                        {phones.length < MAX_GUARDIAN_PHONES && (
                          <Button type="link" size="small" style={{ padding: 0, marginBottom: 12 }} onClick={() => phoneOps.add('')}>
                            {t('wristband.guardians.addPhone')}
                          </Button>
                        )}
                      </Form.Item>
                    )}
                  </Form.List>
                </Col>
              </Row>
              <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
                <Form.Item name={[row.name, 'isBandContact']} valuePropName="checked" noStyle>
                  <Checkbox onChange={(event) => markContact(index, event.target.checked)}>
                    <Tooltip title={t('wristband.guardians.markContactHint')}>{t('wristband.guardians.markContact')}</Tooltip>
                  </Checkbox>
                </Form.Item>
                <Flex gap={4}>
                  {index > 0 && (
                    <Button size="small" icon={<ArrowUpOutlined aria-hidden />} onClick={() => move(index, index - 1)}>
                      {t('wristband.guardians.moveUp')}
                    </Button>
                  )}
                  {rows.length > 1 && (
                    <Button size="small" danger icon={<DeleteOutlined aria-hidden />} onClick={() => remove(row.name)}>
                      {t('wristband.guardians.remove')}
                    </Button>
                  )}
                </Flex>
              </Flex>
            </fieldset>
          ))}
          {rows.length < MAX_GUARDIANS && (
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add(emptyGuardian(rows.length === 0))}>
              {t('wristband.guardians.add')}
            </Button>
          )}
        </Flex>
      )}
    </Form.List>
  );
}
