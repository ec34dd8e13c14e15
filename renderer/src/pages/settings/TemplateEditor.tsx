// Editing one export template: its name, the worksheet's name and the columns in order — each a
// header, the field it takes and the cell format the field allows (ID numbers and phones can
// only be text). The registry checks it again on save; its message shows under the form.
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Form, Input, Popconfirm, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatsOf, type ExportTemplate, type TemplateColumn, type TemplateState } from '../../../../electron/contract/exports';
import type { InputOf } from '../../../../electron/contract/methods';
import { api } from '../../api/client';
import { batchErrorText } from '../exchange/batchErrors';

interface Props {
  readonly state: TemplateState;
  readonly onSaved: () => void;
}

export function TemplateEditor({ state, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [template, setTemplate] = useState<ExportTemplate>(state.template);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fields = Object.entries(state.fields);

  const setColumns = (columns: TemplateColumn[]) => setTemplate({ ...template, columns });
  const update = (index: number, patch: Partial<TemplateColumn>) =>
    setColumns(template.columns.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  const move = (index: number, by: -1 | 1) => {
    const columns = [...template.columns];
    [columns[index], columns[index + by]] = [columns[index + by], columns[index]];
    setColumns(columns);
  };
  const chooseField = (index: number, field: string) => {
    // A new field brings its own label and its first allowed format.
    update(index, { field, header: state.fields[field].label, format: formatsOf(state.kind, field)[0] });
  };
  const addColumn = () => {
    const [field, { label }] = fields[0];
    setColumns([...template.columns, { header: label, field, format: formatsOf(state.kind, field)[0] }]);
  };

  const run = async (work: () => Promise<unknown>, done: string) => {
    setSaving(true);
    setError(null);
    try {
      await work();
      void message.success(done);
      onSaved();
    } catch (e) {
      setError(batchErrorText(t, e));
    } finally {
      setSaving(false);
    }
  };
  // The input is a union by kind; this template is of `state.kind`, which TypeScript cannot follow.
  const save = () => run(() => api.call('exports.saveTemplate', { kind: state.kind, template } as InputOf<'exports.saveTemplate'>), t('templates.saved'));
  const reset = () => run(() => api.call('exports.resetTemplate', { kind: state.kind }), t('templates.resetDone'));

  return (
    <Flex vertical gap={12}>
      <Form layout="inline">
        <Form.Item label={t('templates.name')}>
          <Input value={template.name} maxLength={40} onChange={(e) => setTemplate({ ...template, name: e.target.value })} style={{ width: 300 }} />
        </Form.Item>
        <Form.Item label={t('templates.sheetName')}>
          <Input value={template.sheetName} maxLength={31} onChange={(e) => setTemplate({ ...template, sheetName: e.target.value })} />
        </Form.Item>
      </Form>
      <Table<TemplateColumn & { index: number }>
        rowKey="index"
        size="small"
        pagination={false}
        dataSource={template.columns.map((c, index) => ({ ...c, index }))}
        columns={[
          {
            key: 'header',
            title: t('templates.columns.header'),
            render: (_, c) => (
              <Input
                value={c.header}
                maxLength={50}
                status={c.header.trim() === '' ? 'error' : undefined}
                placeholder={t('templates.headerRequired')}
                onChange={(e) => update(c.index, { header: e.target.value })}
              />
            ),
          },
          {
            key: 'field',
            title: t('templates.columns.field'),
            render: (_, c) => (
              <Select
                value={c.field}
                style={{ width: 200 }}
                showSearch={{ optionFilterProp: 'label' }}
                options={fields.map(([name, f]) => ({ value: name, label: f.label }))}
                onChange={(field: string) => chooseField(c.index, field)}
              />
            ),
          },
          {
            key: 'format',
            title: t('templates.columns.format'),
            render: (_, c) => (
              <Select
                value={c.format}
                style={{ width: 170 }}
                options={formatsOf(state.kind, c.field).map((f) => ({ value: f, label: t(`templates.formats.${f}`) }))}
                onChange={(format) => update(c.index, { format })}
              />
            ),
          },
          {
            key: 'actions',
            title: t('templates.columns.actions'),
            render: (_, c) => (
              <Space size={4}>
                <Button size="small" icon={<ArrowUpOutlined aria-hidden />} aria-label={t('templates.moveUp')} disabled={c.index === 0} onClick={() => move(c.index, -1)} />
                <Button
                  size="small"
                  icon={<ArrowDownOutlined aria-hidden />}
                  aria-label={t('templates.moveDown')}
                  disabled={c.index === template.columns.length - 1}
                  onClick={() => move(c.index, 1)}
                />
                <Button
                  size="small"
                  danger
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={t('templates.remove')}
                  disabled={template.columns.length === 1}
                  onClick={() => setColumns(template.columns.filter((_, i) => i !== c.index))}
                />
              </Space>
            ),
          },
        ]}
      />
      {error && <Alert type="error" showIcon title={error} />}
      <Flex gap={8}>
        <Button icon={<PlusOutlined aria-hidden />} onClick={addColumn}>
          {t('templates.addColumn')}
        </Button>
        <Button type="primary" loading={saving} onClick={() => void save()}>
          {t('templates.save')}
        </Button>
        <Popconfirm title={t('templates.resetConfirm')} okText={t('templates.reset')} cancelText={t('common.cancel')} onConfirm={() => void reset()}>
          <Button disabled={!state.custom || saving}>{t('templates.reset')}</Button>
        </Popconfirm>
      </Flex>
    </Flex>
  );
}
