// How many automatic backups rotation keeps: the newest of each of the last N days, weeks and
// months. Saved as settings, so the app and browser mode share them.
import { Button, Card, Flex, Form, InputNumber, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../electron/contract/system';
import { describeError } from '../../api/errors';
import { useSubmit } from '../../forms/useSubmit';
import { isAdmin, useSessionStore } from '../../store/session';
import { useSettings, useSettingsStore } from '../../store/settings';

type KeepKey = 'backups.keepDaily' | 'backups.keepWeekly' | 'backups.keepMonthly';
type Values = Pick<Settings, KeepKey>;

// The same bounds as the settings' schemas in the contract.
const FIELDS: readonly { key: KeepKey; label: 'daily' | 'weekly' | 'monthly'; min: number; max: number }[] = [
  { key: 'backups.keepDaily', label: 'daily', min: 1, max: 90 },
  { key: 'backups.keepWeekly', label: 'weekly', min: 0, max: 104 },
  { key: 'backups.keepMonthly', label: 'monthly', min: 0, max: 120 },
];

export function BackupKeepCard() {
  const { t } = useTranslation();
  const settings = useSettings();
  const update = useSettingsStore((s) => s.update);
  const [form] = Form.useForm<Values>();
  const { saving, submit } = useSubmit(update, () => undefined, describeError, 'backups.keep.saved');
  // Settings are the administrators' (the registry refuses anyone else).
  const admin = useSessionStore((s) => isAdmin(s.staff));

  return (
    <Card size="small" title={t('backups.keep.title')}>
      <Typography.Paragraph type="secondary">{t('backups.keep.hint')}</Typography.Paragraph>
      {settings.data === undefined ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : (
        <Form<Values>
          form={form}
          layout="inline"
          initialValues={Object.fromEntries(FIELDS.map((f) => [f.key, settings.data?.[f.key]]))}
          onFinish={(values) => void submit(values)}
        >
          <Flex wrap gap={8} align="center">
            {FIELDS.map((field) => (
              <Form.Item key={field.key} name={field.key} label={t(`backups.keep.${field.label}`)} rules={[{ required: true, message: t('backups.keep.required') }]}>
                <InputNumber min={field.min} max={field.max} precision={0} suffix={t('backups.keep.unit')} style={{ width: 130 }} />
              </Form.Item>
            ))}
            <Button htmlType="submit" loading={saving} disabled={!admin}>
              {t('backups.keep.save')}
            </Button>
          </Flex>
        </Form>
      )}
    </Card>
  );
}
