// Editing a rule adds a version: the new value (a form generated from the value's shape: a
// number, a list of numbers, or named numbers and switches), the date it takes effect and its
// source. Saving asks for confirmation first; earlier dates keep the old value.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Col, DatePicker, Form, Input, InputNumber, Row, Space, Switch } from 'antd';
import { FormModal } from '../../components/FormModal';
import dayjs, { type Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleState } from '../../../../electron/contract/rules';
import { api } from '../../api/client';
import { describeError, fieldErrorsOf } from '../../api/errors';
import { ruleLabels, type RuleLabels } from './ruleText';

interface RuleFormValues {
  readonly value: unknown;
  readonly effectiveFrom: Dayjs;
  readonly source: string;
  readonly note?: string;
}

interface Props {
  /** null: closed. */
  readonly rule: RuleState | null;
  readonly onClose: () => void;
  readonly onSaved: () => void;
}

function ValueFields({ t, value, labels }: { readonly t: TFunction; readonly value: unknown; readonly labels: RuleLabels }) {
  const required = { required: true, message: t('rules.form.valueRequired') };
  if (Array.isArray(value)) {
    return (
      <Form.List name="value">
        {(fields, { add, remove }) => (
          <Form.Item label={`${labels.label}${labels.unit ? `（${labels.unit}）` : ''}`}>
            <Space wrap>
              {fields.map((field) => (
                <Space.Compact key={field.key}>
                  <Form.Item name={field.name} rules={[required]} noStyle>
                    <InputNumber aria-label={`${labels.label} ${field.name + 1}`} />
                  </Form.Item>
                  <Button icon={<MinusCircleOutlined aria-hidden />} aria-label={t('common.remove')} disabled={fields.length <= 1} onClick={() => remove(field.name)} />
                </Space.Compact>
              ))}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add()}>
                {t('rules.form.add')}
              </Button>
            </Space>
          </Form.Item>
        )}
      </Form.List>
    );
  }
  if (typeof value === 'object' && value !== null) {
    return (
      <Row gutter={16}>
        {Object.entries(value).map(([field, v]) => (
          <Col span={12} key={field}>
            {typeof v === 'boolean' ? (
              <Form.Item name={['value', field]} label={labels.fields?.[field] ?? field} valuePropName="checked">
                <Switch />
              </Form.Item>
            ) : (
              <Form.Item name={['value', field]} label={labels.fields?.[field] ?? field} rules={[required]}>
                <InputNumber style={{ width: '100%' }} />
              </Form.Item>
            )}
          </Col>
        ))}
      </Row>
    );
  }
  return (
    <Form.Item name="value" label={`${labels.label}${labels.unit ? `（${labels.unit}）` : ''}`} rules={[required]}>
      <InputNumber />
    </Form.Item>
  );
}

export function RuleEditModal({ rule, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<RuleFormValues>();
  const [saving, setSaving] = useState(false);
  const labels = rule ? ruleLabels(t, rule.key) : { label: '' };

  const save = async (v: RuleFormValues) => {
    if (!rule) return;
    setSaving(true);
    try {
      await api.call('rules.update', { key: rule.key, value: v.value, effectiveFrom: v.effectiveFrom.format('YYYY-MM-DD'), source: v.source, note: v.note?.trim() || undefined });
      void message.success(t('rules.form.saved'));
      onSaved();
    } catch (error) {
      const fields = fieldErrorsOf(t, error);
      if (fields.length > 0) form.setFields(fields.map((e) => ({ name: [...e.path] as never, errors: [e.message] })));
      else void message.error(describeError(t, error));
    } finally {
      setSaving(false);
    }
  };

  const confirm = (v: RuleFormValues) => {
    modal.confirm({
      title: t('rules.form.confirmTitle'),
      content: t('rules.form.confirmBody', { date: v.effectiveFrom.format('YYYY-MM-DD') }),
      okText: t('common.save'),
      cancelText: t('common.cancel'),
      onOk: () => save(v),
    });
  };

  return (
    <FormModal
      title={t('rules.form.title', { label: labels.label })}
      form={form}
      saving={saving}
      open={rule !== null}
      width={640}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      {rule ? (
        <Form<RuleFormValues>
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ value: rule.current.value, effectiveFrom: dayjs() }}
          onFinish={confirm}
          style={{ marginTop: 16 }}
        >
          <ValueFields t={t} value={rule.current.value} labels={labels} />
          <Form.Item name="effectiveFrom" label={t('rules.form.effectiveFrom')} rules={[{ required: true, message: t('rules.form.effectiveFrom') }]}>
            <DatePicker allowClear={false} />
          </Form.Item>
          <Form.Item name="source" label={t('rules.form.source')} rules={[{ required: true, whitespace: true, message: t('rules.form.sourceRequired') }, { max: 300 }]}>
            <Input placeholder={t('rules.form.sourcePlaceholder')} />
          </Form.Item>
          <Form.Item name="note" label={t('rules.form.note')} rules={[{ max: 1000 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
          </Form.Item>
        </Form>
      ) : null}
    </FormModal>
  );
}
