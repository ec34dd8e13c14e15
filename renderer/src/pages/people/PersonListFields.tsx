// The two lists of the person form: other phones (with a label such as 家 or 单位) and
// emergency contacts (name, relation, phone), any number of each, added and removed in place.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MAX_CONTACTS, MAX_PHONES } from '../../../../electron/contract/people';
import { zhCN } from '../../i18n/zh-CN';
import { phoneRules } from './personFormRules';

const RELATIONS = Object.keys(zhCN.people.relations) as (keyof typeof zhCN.people.relations)[];

export function OtherPhonesField() {
  const { t } = useTranslation();
  const labelOf = (n: number, field: string) => t('people.listField', { list: t('person.phones'), n, field });
  return (
    <Form.Item label={t('person.phones')}>
      <Form.List name="phones">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.map(({ key, name }, i) => (
              <Flex key={key} gap={8} align="start">
                <Form.Item name={[name, 'phone']} validateTrigger={['onChange', 'onBlur']} validateFirst rules={phoneRules(t, true)} style={{ flex: 3, marginBottom: 0 }}>
                  <Input aria-label={labelOf(i + 1, t('person.phone'))} placeholder={t('people.placeholders.phone')} maxLength={30} />
                </Form.Item>
                <Form.Item name={[name, 'label']} rules={[{ max: 20, message: t('validation.tooLong') }]} style={{ flex: 2, marginBottom: 0 }}>
                  <Input aria-label={labelOf(i + 1, t('person.phoneLabel'))} placeholder={t('people.placeholders.phoneLabel')} maxLength={20} />
                </Form.Item>
                <Button type="text" aria-label={`${t('common.remove')} ${labelOf(i + 1, '')}`.trim()} icon={<MinusCircleOutlined aria-hidden />} onClick={() => remove(name)} />
              </Flex>
            ))}
            {fields.length < MAX_PHONES && (
              <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({})} style={{ alignSelf: 'flex-start' }}>
                {t('people.addPhone')}
              </Button>
            )}
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}

export function ContactsField() {
  const { t } = useTranslation();
  const labelOf = (n: number, field: string) => t('people.listField', { list: t('person.contacts'), n, field });
  const relations = RELATIONS.map((key) => ({ value: t(`people.relations.${key}`) }));
  return (
    <Form.List name="contacts">
      {(fields, { add, remove }) => (
        <Flex vertical gap={8}>
          {fields.length === 0 && <Typography.Text type="secondary">{t('people.noContacts')}</Typography.Text>}
          {fields.map(({ key, name }, i) => (
            <Flex key={key} gap={8} align="start">
              <Form.Item
                name={[name, 'name']}
                rules={[
                  { required: true, whitespace: true, message: t('validation.contactNameRequired') },
                  { max: 50, message: t('validation.nameTooLong') },
                ]}
                style={{ flex: 2, marginBottom: 0 }}
              >
                <Input aria-label={labelOf(i + 1, t('person.contactName'))} placeholder={t('people.placeholders.contactName')} maxLength={50} />
              </Form.Item>
              <Form.Item name={[name, 'relation']} rules={[{ max: 20, message: t('validation.tooLong') }]} style={{ flex: 2, marginBottom: 0 }}>
                <AutoComplete
                  aria-label={labelOf(i + 1, t('person.contactRelation'))}
                  placeholder={t('people.placeholders.relation')}
                  options={relations}
                  showSearch={{ filterOption: (input, option) => option?.value.includes(input.trim()) ?? false }}
                />
              </Form.Item>
              <Form.Item name={[name, 'phone']} validateTrigger={['onChange', 'onBlur']} validateFirst rules={phoneRules(t, true)} style={{ flex: 3, marginBottom: 0 }}>
                <Input aria-label={labelOf(i + 1, t('person.contactPhone'))} placeholder={t('people.placeholders.phone')} maxLength={30} />
              </Form.Item>
              <Button type="text" aria-label={`${t('common.remove')} ${labelOf(i + 1, '')}`.trim()} icon={<MinusCircleOutlined aria-hidden />} onClick={() => remove(name)} />
            </Flex>
          ))}
          {fields.length < MAX_CONTACTS && (
            <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({})} style={{ alignSelf: 'flex-start' }}>
              {t('people.addContact')}
            </Button>
          )}
        </Flex>
      )}
    </Form.List>
  );
}
