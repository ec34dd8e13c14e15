// 新建批次: the kind, for a drive report one drive or a date range, and the file format. The
// registry chooses the people (ready, not yet sent) and writes the file; the panel then saves it.
import { Alert, DatePicker, Form, Modal, Progress, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_KINDS, type ExportFormat, type ExportKind, type ExportResult } from '../../../../electron/contract/exports';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { toIsoDate } from '../stemcell/dates';
import { batchErrorText } from './batchErrors';

interface Values {
  kind: ExportKind;
  scope: 'drive' | 'range';
  driveId?: number;
  range?: [Dayjs, Dayjs];
  format: ExportFormat;
}

interface Props {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onCreated: (result: ExportResult) => void;
}

export function BatchCreateModal({ open, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const scope = Form.useWatch('scope', form);
  const format = Form.useWatch('format', form);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const drives = useApiQuery('blood.listDrives', open && kind === 'drive-report' ? { sort: 'date', limit: 200 } : null);

  const create = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      const report = values.kind === 'drive-report';
      const result = await api.call('exports.create', {
        kind: values.kind,
        format: values.format,
        ...(report && values.scope === 'drive' ? { driveId: values.driveId } : {}),
        ...(report && values.scope === 'range' && values.range ? { from: toIsoDate(values.range[0]), to: toIsoDate(values.range[1]) } : {}),
      });
      onCreated(result);
    } catch (e) {
      setError(batchErrorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title={t('exports.form.title')}
      open={open}
      okText={t('exports.form.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ kind: 'cmdp', scope: 'drive', format: 'xlsx' }}
        onFinish={(values) => void create(values)}
        disabled={busy}
      >
        <Form.Item name="kind" label={t('exports.form.kind')}>
          <Radio.Group optionType="button" options={EXPORT_KINDS.map((k) => ({ value: k, label: t(`exports.kinds.${k}`) }))} />
        </Form.Item>
        {kind === 'drive-report' && (
          <>
            <Form.Item name="scope" label={t('exports.form.scope')}>
              <Radio.Group
                options={[
                  { value: 'drive', label: t('exports.form.scopeDrive') },
                  { value: 'range', label: t('exports.form.scopeRange') },
                ]}
              />
            </Form.Item>
            {scope === 'drive' ? (
              <Form.Item name="driveId" label={t('exports.form.drive')} rules={[{ required: true, message: t('exports.form.required', { field: t('exports.form.drive') }) }]}>
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={drives.loading}
                  placeholder={t('exports.form.drivePlaceholder')}
                  options={(drives.data?.rows ?? []).map((d) => ({ value: d.id, label: `${d.date} ${d.site}` }))}
                />
              </Form.Item>
            ) : (
              <Form.Item name="range" label={t('exports.form.range')} rules={[{ required: true, message: t('exports.form.required', { field: t('exports.form.range') }) }]}>
                <DatePicker.RangePicker />
              </Form.Item>
            )}
          </>
        )}
        <Form.Item name="format" label={t('exports.form.format')} extra={format === 'csv' ? t('exports.form.csvNote') : undefined}>
          <Radio.Group
            options={[
              { value: 'xlsx', label: t('exports.form.xlsx') },
              { value: 'csv', label: t('exports.form.csv') },
            ]}
          />
        </Form.Item>
      </Form>
      {busy && <Progress percent={100} status="active" showInfo={false} aria-label={t('exports.progress.writing')} />}
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
