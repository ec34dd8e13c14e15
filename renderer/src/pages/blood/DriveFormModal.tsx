// Adding or editing a drive: date, site, organiser, notes and its partner units, picked from
// the office's list or typed in (a new name joins the list when the drive is saved).
import { App, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import { FormModal } from '../../components/FormModal';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Drive } from '../../../../electron/contract/blood';
import { api } from '../../api/client';
import { describeError, fieldErrorsOf } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import { useBloodView } from './bloodView';

interface DriveFormValues {
  readonly date: Dayjs;
  readonly site: string;
  readonly organiser?: string;
  readonly partnerUnits: string[];
  readonly notes?: string;
}

const FIELDS = ['date', 'site', 'organiser', 'partnerUnits', 'notes'] as const;

interface Props {
  /** 'new', a drive to edit, or null (closed). */
  readonly drive: Drive | 'new' | null;
  readonly onClose: () => void;
  readonly onSaved: (drive: Drive) => void;
}

export function DriveFormModal({ drive, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<DriveFormValues>();
  const revision = useBloodView((s) => s.revision);
  const saved = useBloodView((s) => s.saved);
  const units = useApiQuery('blood.listPartnerUnits', drive === null ? null : {}, revision);
  const [saving, setSaving] = useState(false);
  const editing = drive !== null && drive !== 'new' ? drive : null;

  const save = async (v: DriveFormValues) => {
    setSaving(true);
    try {
      const result = await api.call('blood.saveDrive', {
        id: editing?.id,
        date: v.date.format('YYYY-MM-DD'),
        site: v.site,
        organiser: v.organiser,
        notes: v.notes,
        partnerUnits: v.partnerUnits ?? [],
      });
      void message.success(t('common.saved'));
      saved();
      onSaved(result);
    } catch (error) {
      const fields = fieldErrorsOf(t, error).filter((e) => (FIELDS as readonly string[]).includes(e.field));
      if (fields.length > 0) form.setFields(fields.map((e) => ({ name: e.field as (typeof FIELDS)[number], errors: [e.message] })));
      else void message.error(describeError(t, error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormModal
      title={editing ? t('blood.drives.editTitle') : t('blood.drives.addTitle')}
      form={form}
      saving={saving}
      open={drive !== null}
      width={640}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <Form<DriveFormValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          editing
            ? { date: dayjs(editing.date), site: editing.site, organiser: editing.organiser ?? undefined, notes: editing.notes ?? undefined, partnerUnits: editing.partnerUnits.map((u) => u.name) }
            : { date: dayjs(), partnerUnits: [] }
        }
        onFinish={(v) => void save(v)}
        style={{ marginTop: 16 }}
      >
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="date" label={t('blood.drives.date')} rules={[{ required: true, message: t('blood.drives.date') }]}>
              <DatePicker style={{ width: '100%' }} allowClear={false} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="site" label={t('blood.drives.site')} rules={[{ required: true, whitespace: true, message: t('blood.drives.site') }, { max: 200 }]}>
              <Input autoFocus />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="organiser" label={t('blood.drives.organiser')} rules={[{ max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="partnerUnits" label={t('blood.drives.partners')}>
          <Select
            mode="tags"
            placeholder={t('blood.drives.partnersPlaceholder')}
            options={(units.data ?? []).map((u) => ({ value: u.name, label: u.name }))}
            tokenSeparators={['，', ',', '、']}
          />
        </Form.Item>
        <Form.Item name="notes" label={t('blood.drives.notes')} rules={[{ max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
