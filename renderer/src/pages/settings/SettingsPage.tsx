// Settings: the interface language and the registry file (常规), the versioned rules, and the
// audit log.
import { Flex, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AccountsPanel } from './AccountsPanel';
import { AuditLogPanel } from './AuditLogPanel';
import { BackupPanel } from './BackupPanel';
import { EncryptionCard } from './EncryptionCard';
import { LanguageCard } from './LanguageCard';
import { RegistryCard } from './RegistryCard';
import { RulesPanel } from './RulesPanel';
import { TemplatesPanel } from './TemplatesPanel';
import { WristbandSettings } from '../wristband/WristbandSettings';
import { isAdmin, useSessionStore } from '../../store/session';

export function SettingsPage() {
  const { t } = useTranslation();
  const admin = useSessionStore((s) => isAdmin(s.staff));
  const general = (
    <Flex vertical gap={16} style={{ maxWidth: 760 }}>
      <LanguageCard />
      <RegistryCard />
      <EncryptionCard />
    </Flex>
  );
  return (
    <>
      <Typography.Title level={3}>{t('settings.heading')}</Typography.Title>
      <Tabs
        // The rules and the log are read afresh each time their tab opens.
        destroyOnHidden
        items={[
          { key: 'general', label: t('settings.tabs.general'), children: general },
          { key: 'rules', label: t('settings.tabs.rules'), children: <RulesPanel /> },
          { key: 'wristband', label: t('wristband.settings.tab'), children: <WristbandSettings /> },
          { key: 'templates', label: t('templates.tab'), children: <TemplatesPanel /> },
          { key: 'backups', label: t('backups.tab'), children: <BackupPanel /> },
          // Only administrators manage accounts; staff do not see the tab.
          ...(admin ? [{ key: 'accounts', label: t('accounts.tab'), children: <AccountsPanel /> }] : []),
          { key: 'audit', label: t('settings.tabs.audit'), children: <AuditLogPanel /> },
        ]}
      />
    </>
  );
}
