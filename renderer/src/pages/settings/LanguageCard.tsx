// Switches the interface language; the registry remembers it for the next start.
import { App, Card, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../../electron/contract/system';
import { describeError } from '../../api/errors';
import { useLanguageStore } from '../../store/language';

export function LanguageCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = useLanguageStore((s) => s.language);
  const choose = useLanguageStore((s) => s.choose);
  const [saving, setSaving] = useState(false);

  const onChange = async (next: Language) => {
    setSaving(true);
    try {
      await choose(next);
    } catch (error) {
      void message.error(describeError(t, error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card title={t('settings.language')}>
      <Radio.Group
        aria-label={t('settings.language')}
        optionType="button"
        buttonStyle="solid"
        disabled={saving}
        value={language}
        options={LANGUAGES.map((lang) => ({ value: lang, label: t(`settings.languages.${lang}`) }))}
        onChange={(event) => void onChange(event.target.value as Language)}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {t('settings.languageHint')}
      </Typography.Paragraph>
    </Card>
  );
}
