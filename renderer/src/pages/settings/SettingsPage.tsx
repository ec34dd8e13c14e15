// Settings: the interface language and what staff need to know about the registry file.
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageCard } from './LanguageCard';
import { RegistryCard } from './RegistryCard';

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={3}>{t('settings.heading')}</Typography.Title>
      <Flex vertical gap={16} style={{ maxWidth: 760 }}>
        <LanguageCard />
        <RegistryCard />
      </Flex>
    </>
  );
}
