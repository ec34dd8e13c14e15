// The "新增人员" form. It checks the ID number and mobile as they are typed, fills sex and
// birth date from a valid ID number, and shows the registry's own field errors if it refuses.
import { App, Col, DatePicker, Form, Input, Modal, Radio, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOC_TYPES, SEXES, type PersonDetail, type PersonInput } from '../../../../electron/contract/people';
import { api } from '../../api/client';
import { describeError, duplicateIdOf, fieldErrorsOf } from '../../api/errors';
import {
  docNumberRules,
  followsResidentIdScheme,
  matchesIdRule,
  mobileRules,
  residentIdOf,
  type PersonFormValues,
} from './personFormRules';

interface Props {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onCreated: (person: PersonDetail) => void;
  /** The registry already holds this person; the caller opens their record instead. */
  readonly onDuplicate: (existingId: number) => void;
}

const FIELDS = ['name', 'docType', 'docNumber', 'sex', 'birthDate', 'mobile', 'address', 'notes'] as const;
const blankToUndefined = (text: string | undefined) => (text?.trim() ? text.trim() : undefined);

function toPersonInput(values: PersonFormValues): PersonInput {
  return {
    name: values.name,
    docType: values.docType,
    docNumber: blankToUndefined(values.docNumber),
    sex: values.sex,
    birthDate: values.birthDate ? values.birthDate.format('YYYY-MM-DD') : undefined,
    mobile: blankToUndefined(values.mobile),
    address: blankToUndefined(values.address),
    notes: blankToUndefined(values.notes),
  };
}

export function PersonFormModal({ open, onClose, onCreated, onDuplicate }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PersonFormValues>();
  const docType = Form.useWatch('docType', form) ?? 'resident_id';
  const [filledFromId, setFilledFromId] = useState(false);
  const [saving, setSaving] = useState(false);

  const onValuesChange = (changed: Partial<PersonFormValues>, all: PersonFormValues) => {
    if (!('docNumber' in changed || 'docType' in changed)) return;
    const id = residentIdOf(all);
    if (id?.ok) form.setFieldsValue({ sex: id.sex, birthDate: dayjs(id.birthDate) });
    setFilledFromId(id?.ok ?? false);
  };

  const save = async (values: PersonFormValues) => {
    setSaving(true);
    try {
      const person = await api.call('people.create', toPersonInput(values));
      void message.success(t('common.saved'));
      onCreated(person);
    } catch (error) {
      const existingId = duplicateIdOf(error);
      const fieldErrors = fieldErrorsOf(t, error).filter((e) => (FIELDS as readonly string[]).includes(e.field));
      if (existingId !== null) {
        void message.warning(t('people.duplicate'));
        onDuplicate(existingId);
      } else if (fieldErrors.length > 0) {
        form.setFields(fieldErrors.map((e) => ({ name: e.field as (typeof FIELDS)[number], errors: [e.message] })));
      } else {
        void message.error(describeError(t, error));
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title={t('people.formTitle')}
      open={open}
      width={640}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => setFilledFromId(false)}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form<PersonFormValues>
        form={form}
        layout="vertical"
        // Values go with the fields when the modal closes, so the next person starts blank.
        preserve={false}
        initialValues={{ docType: 'resident_id' }}
        onValuesChange={onValuesChange}
        onFinish={(values) => void save(values)}
        style={{ marginTop: 16 }}
      >
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="name"
              label={t('person.name')}
              rules={[
                { required: true, whitespace: true, message: t('validation.nameRequired') },
                { max: 50, message: t('validation.nameTooLong') },
              ]}
            >
              <Input autoFocus placeholder={t('people.placeholders.name')} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="docType" label={t('person.docType')}>
              <Select options={DOC_TYPES.map((type) => ({ value: type, label: t(`docType.${type}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="docNumber"
          label={t('person.docNumber')}
          dependencies={['docType']}
          validateTrigger={['onChange', 'onBlur']}
          validateFirst
          rules={docNumberRules(t, docType)}
          extra={filledFromId ? t('people.filledFromId') : undefined}
        >
          <Input
            maxLength={40}
            placeholder={followsResidentIdScheme(docType) ? t('people.placeholders.docNumber') : undefined}
            style={{ fontVariantNumeric: 'tabular-nums' }}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="sex" label={t('person.sex')} dependencies={['docType', 'docNumber']} rules={[matchesIdRule(t, 'sex')]}>
              <Radio.Group options={SEXES.map((sex) => ({ value: sex, label: t(`sex.${sex}`) }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="birthDate" label={t('person.birthDate')} dependencies={['docType', 'docNumber']} rules={[matchesIdRule(t, 'birthDate')]}>
              <DatePicker
                style={{ width: '100%' }}
                placeholder={t('people.placeholders.birthDate')}
                disabledDate={(date) => date.isAfter(dayjs(), 'day') || date.year() < 1900}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="mobile" label={t('person.mobile')} validateTrigger={['onChange', 'onBlur']} validateFirst rules={mobileRules(t)}>
          <Input maxLength={30} placeholder={t('people.placeholders.mobile')} style={{ maxWidth: 280 }} />
        </Form.Item>
        <Form.Item name="address" label={t('person.address')} rules={[{ max: 200, message: t('validation.tooLong') }]}>
          <Input placeholder={t('people.placeholders.address')} />
        </Form.Item>
        <Form.Item name="notes" label={t('person.notes')} rules={[{ max: 2000, message: t('validation.tooLong') }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
