// The sensitive profile, field by field, offered only for what the consent covers: a field
// outside the scope is not shown at all, so it cannot be filled in by mistake (the registry
// refuses it too). The photo has its own upload in the record (it is resized first).
import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { BUILDS, CONDITIONS, type Build, type Condition, type ConsentScope } from '../../../../electron/contract/wristband';

export interface ProfileValues {
  condition?: Condition | null;
  medicationNotes?: string | null;
  heightCm?: number | null;
  build?: Build | null;
  distinguishingMarks?: string | null;
  usualPlaces?: string | null;
}

/** What the registry receives: every field present, null where empty or not covered. */
export function profileInput(values: ProfileValues | undefined, scope: readonly ConsentScope[]) {
  const v = values ?? {};
  const covered = (s: ConsentScope) => scope.includes(s);
  const text = (s: string | null | undefined) => (s?.trim() ? s : null);
  return {
    condition: covered('health') ? (v.condition ?? null) : null,
    medicationNotes: covered('health') ? text(v.medicationNotes) : null,
    heightCm: covered('description') ? (v.heightCm ?? null) : null,
    build: covered('description') ? (v.build ?? null) : null,
    distinguishingMarks: covered('description') ? text(v.distinguishingMarks) : null,
    usualPlaces: covered('whereabouts') ? text(v.usualPlaces) : null,
  };
}

export function ProfileFields({ prefix, scope }: { readonly prefix: readonly string[]; readonly scope: readonly ConsentScope[] }) {
  const { t } = useTranslation();
  const name = (field: keyof ProfileValues) => [...prefix, field];
  return (
    <>
      {scope.includes('health') && (
        <Row gutter={16}>
          <Col span={10}>
            <Form.Item name={name('condition')} label={t('wristband.fields.condition')}>
              <Select allowClear options={CONDITIONS.map((c) => ({ value: c, label: t(`wristband.conditions.${c}`) }))} />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item name={name('medicationNotes')} label={t('wristband.fields.medicationNotes')}>
              <Input maxLength={500} />
            </Form.Item>
          </Col>
        </Row>
      )}
      {scope.includes('description') && (
        <Row gutter={16}>
          <Col span={6}>
            <Form.Item name={name('heightCm')} label={t('wristband.fields.heightCm')}>
              <InputNumber min={50} max={250} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name={name('build')} label={t('wristband.fields.build')}>
              <Select allowClear options={BUILDS.map((b) => ({ value: b, label: t(`wristband.builds.${b}`) }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name={name('distinguishingMarks')} label={t('wristband.fields.distinguishingMarks')}>
              <Input maxLength={500} />
            </Form.Item>
          </Col>
        </Row>
      )}
      {scope.includes('whereabouts') && (
        <Form.Item name={name('usualPlaces')} label={t('wristband.fields.usualPlaces')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
        </Form.Item>
      )}
    </>
  );
}
