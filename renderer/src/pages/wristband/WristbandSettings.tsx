// 设置 › 爱心手环: the office hotline, what the band's QR code carries (warning when it would
// carry something personal), the follow-up period, and what printed cards and rosters may show
// beyond the essentials (each item switched on by itself, each with its warning).
import { Alert, Button, Card, Flex, Form, Input, InputNumber, Radio, Skeleton, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../electron/contract/system';
import { PRINT_FIELDS, QR_CONTENTS, type PrintField, type QrContent } from '../../../../electron/contract/wristbandIncidents';
import { useSettings, useSettingsStore } from '../../store/settings';
import { useWristbandSubmit } from './useWristbandSubmit';
import { usePhoneRule } from './fieldRules';

/** What the QR code may carry without a warning: nothing that identifies a family. */
const PERSONAL_QR: readonly QrContent[] = ['code_hotline_contact'];

interface Values {
  hotline: string;
  qrContent: QrContent;
  followUpMonths: number;
  print: Record<PrintField, boolean>;
}

const toValues = (s: Settings): Values => ({
  hotline: s['wristband.hotline'],
  qrContent: s['wristband.qrContent'],
  followUpMonths: s['wristband.followUpMonths'],
  print: Object.fromEntries(PRINT_FIELDS.map((f) => [f, s[`wristband.print.${f}`]])) as Record<PrintField, boolean>,
});

export function WristbandSettings() {
  const { t } = useTranslation();
  const settings = useSettings();
  const update = useSettingsStore((s) => s.update);
  const [form] = Form.useForm<Values>();
  const { saving, submit } = useWristbandSubmit(
    null,
    (values: Values) =>
      update({
        'wristband.hotline': values.hotline ?? '',
        'wristband.qrContent': values.qrContent,
        'wristband.followUpMonths': values.followUpMonths,
        ...Object.fromEntries(PRINT_FIELDS.map((f) => [`wristband.print.${f}`, values.print[f]])),
      }),
    () => undefined,
  );
  const phoneRule = usePhoneRule();
  const qrContent = Form.useWatch('qrContent', form);
  const printed = Form.useWatch('print', form);

  if (!settings.data) return <Skeleton active />;

  return (
    <Form<Values> form={form} layout="vertical" initialValues={toValues(settings.data)} onFinish={(values) => void submit(values)} style={{ maxWidth: 760 }}>
      <Flex vertical gap={16}>
        <Card size="small" title={t('wristband.settings.tab')}>
          <Form.Item name="hotline" label={t('wristband.settings.hotline')} extra={t('wristband.settings.hotlineHint')} rules={[phoneRule]}>
            <Input maxLength={30} placeholder={t('wristband.placeholders.phone')} style={{ maxWidth: 280 }} />
          </Form.Item>
          <Form.Item name="qrContent" label={t('wristband.settings.qrContent')}>
            <Radio.Group options={QR_CONTENTS.map((q) => ({ value: q, label: t(`wristband.settings.qrContents.${q}`) }))} />
          </Form.Item>
          {qrContent && PERSONAL_QR.includes(qrContent) && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('wristband.settings.qrWarning')} />}
          <Form.Item name="followUpMonths" label={t('wristband.settings.followUpMonths')} extra={t('wristband.settings.followUpHint')} rules={[{ required: true, message: t('wristband.required', { field: t('wristband.settings.followUpMonths') }) }]}>
            <InputNumber min={1} max={36} precision={0} />
          </Form.Item>
        </Card>
        <Card size="small" title={t('wristband.settings.printTitle')}>
          <Typography.Paragraph type="secondary">{t('wristband.settings.printHint')}</Typography.Paragraph>
          {PRINT_FIELDS.map((field) => (
            <Flex key={field} gap={12} align="center" wrap style={{ marginBottom: 8 }}>
              <Form.Item name={['print', field]} valuePropName="checked" noStyle>
                <Switch aria-label={t(`print.fields.${field}`)} />
              </Form.Item>
              <Typography.Text>{t(`print.fields.${field}`)}</Typography.Text>
              {printed?.[field] && <Typography.Text type="warning">{t('wristband.settings.printWarning')}</Typography.Text>}
            </Flex>
          ))}
        </Card>
        <div>
          <Button type="primary" htmlType="submit" loading={saving}>
            {t('wristband.settings.save')}
          </Button>
        </div>
      </Flex>
    </Form>
  );
}
