// The person form, for a new person (新增人员) or a change to a registered one (编辑). It checks
// ID numbers and phones as they are typed, fills sex and birth date from a valid ID number, and
// shows the registry's own field errors — under the very field, in a list too — if it refuses.
import { App, Col, DatePicker, Divider, Form, Input, Radio, Row, Select } from 'antd';
import { FormModal } from '../../components/FormModal';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOC_TYPES, SEXES, type PersonDetail } from '../../../../electron/contract/people';
import { ABO_GROUPS, RH_FACTORS } from '../../../../electron/contract/validation';
import { api } from '../../api/client';
import { describeError, duplicateIdOf, fieldErrorsOf } from '../../api/errors';
import { EthnicitySelect } from './EthnicitySelect';
import { ContactsField, OtherPhonesField } from './PersonListFields';
import { docNumberRules, followsResidentIdScheme, matchesIdRule, mobileRules, residentIdOf, type PersonFormValues } from './personFormRules';
import { toCreateInput, toUpdateInput, valuesOf } from './personFormValues';

interface Props {
  readonly open: boolean;
  /** The registered person being changed; absent for a new person. */
  readonly person?: PersonDetail;
  readonly onClose: () => void;
  readonly onSaved: (person: PersonDetail) => void;
  /** The registry already holds this person; the caller opens their record instead. */
  readonly onDuplicate: (existingId: number) => void;
}

const FIELDS: readonly string[] = [
  'name', 'docType', 'docNumber', 'sex', 'birthDate', 'ethnicity', 'mobile', 'phones',
  'address', 'employer', 'occupation', 'bloodAbo', 'bloodRh', 'contacts', 'notes',
];

export function PersonFormModal({ open, person, onClose, onSaved, onDuplicate }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PersonFormValues>();
  const docType = Form.useWatch('docType', form) ?? person?.docType ?? 'resident_id';
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
      const saved = person ? await api.call('people.update', toUpdateInput(person.id, values)) : await api.call('people.create', toCreateInput(values));
      void message.success(t('common.saved'));
      onSaved(saved);
    } catch (error) {
      const existingId = duplicateIdOf(error);
      const fieldErrors = fieldErrorsOf(t, error).filter((e) => FIELDS.includes(e.field));
      if (existingId !== null && existingId !== person?.id) {
        void message.warning(t('people.duplicate'));
        onDuplicate(existingId);
      } else if (fieldErrors.length > 0) {
        form.setFields(fieldErrors.map((e) => ({ name: e.path as never, errors: [e.message] })));
      } else {
        void message.error(describeError(t, error));
      }
    } finally {
      setSaving(false);
    }
  };

  const none = t('common.none');
  return (
    <FormModal
      title={person ? t('people.editTitle') : t('people.formTitle')}
      form={form}
      saving={saving}
      open={open}
      width={760}
      onCancel={onClose}
      afterClose={() => setFilledFromId(false)}
      mask={{ closable: false }}
    >
      <Form<PersonFormValues>
        form={form}
        layout="vertical"
        // Values go with the fields when the modal closes, so the next person starts blank.
        preserve={false}
        initialValues={person ? valuesOf(person) : { docType: 'resident_id' }}
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
            placeholder={
              person?.docNumberMasked
                ? t('people.docNumberKeep', { masked: person.docNumberMasked })
                : followsResidentIdScheme(docType)
                  ? t('people.placeholders.docNumber')
                  : undefined
            }
            style={{ fontVariantNumeric: 'tabular-nums' }}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="sex" label={t('person.sex')} dependencies={['docType', 'docNumber']} rules={[matchesIdRule(t, 'sex')]}>
              <Radio.Group options={SEXES.map((sex) => ({ value: sex, label: t(`sex.${sex}`) }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="birthDate" label={t('person.birthDate')} dependencies={['docType', 'docNumber']} rules={[matchesIdRule(t, 'birthDate')]}>
              <DatePicker
                style={{ width: '100%' }}
                placeholder={t('people.placeholders.birthDate')}
                disabledDate={(date) => date.isAfter(dayjs(), 'day') || date.year() < 1900}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="ethnicity" label={t('person.ethnicity')}>
              <EthnicitySelect />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start" plain>
          {t('people.sections.contact')}
        </Divider>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="mobile" label={t('person.mobile')} validateTrigger={['onChange', 'onBlur']} validateFirst rules={mobileRules(t)}>
              <Input maxLength={30} placeholder={t('people.placeholders.mobile')} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <OtherPhonesField />
          </Col>
        </Row>
        <Form.Item name="address" label={t('person.address')} rules={[{ max: 200, message: t('validation.tooLong') }]}>
          <Input placeholder={t('people.placeholders.address')} />
        </Form.Item>
        <Divider titlePlacement="start" plain>
          {t('people.sections.contacts')}
        </Divider>
        <ContactsField />
        <Divider titlePlacement="start" plain>
          {t('people.sections.more')}
        </Divider>
        <Row gutter={16}>
          <Col span={10}>
            <Form.Item name="employer" label={t('person.employer')} rules={[{ max: 100, message: t('validation.tooLong') }]}>
              <Input placeholder={t('people.placeholders.employer')} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="occupation" label={t('person.occupation')} rules={[{ max: 50, message: t('validation.tooLong') }]}>
              <Input placeholder={t('people.placeholders.occupation')} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="bloodAbo" label={t('person.bloodAbo')}>
              <Select allowClear placeholder={none} options={ABO_GROUPS.map((g) => ({ value: g, label: g }))} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="bloodRh" label={t('person.bloodRh')}>
              <Select allowClear placeholder={none} options={RH_FACTORS.map((f) => ({ value: f, label: t(`rh.${f}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="notes" label={t('person.notes')} rules={[{ max: 2000, message: t('validation.tooLong') }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
