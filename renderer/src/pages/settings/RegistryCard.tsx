// What and where the registry is, and a button to check the database file is sound.
import { Alert, Button, Card, Descriptions, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VerifyReport } from '../../../../electron/contract/system';
import { api } from '../../api/client';
import { describeError } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';

type Check = { readonly report: VerifyReport } | { readonly error: unknown };

function CheckResult({ check }: { readonly check: Check }) {
  const { t } = useTranslation();
  if ('error' in check) return <Alert type="error" showIcon title={describeError(t, check.error)} />;
  const { report } = check;
  if (report.ok) return <Alert type="success" showIcon title={t('settings.verifyOk')} />;
  const details = [
    ...report.integrity.filter((line) => line !== 'ok').map((line) => `${t('settings.integrity')}: ${line}`),
    ...(report.foreignKeyViolations.length > 0 ? [t('settings.foreignKeyViolations', { count: report.foreignKeyViolations.length })] : []),
  ];
  return (
    <Alert
      type="error"
      showIcon
      title={t('settings.verifyFailed')}
      description={details.map((line) => <div key={line}>{line}</div>)}
    />
  );
}

export function RegistryCard() {
  const { t } = useTranslation();
  const info = useApiQuery('system.info', {});
  const [checking, setChecking] = useState(false);
  const [check, setCheck] = useState<Check | null>(null);

  const verify = async () => {
    setChecking(true);
    try {
      setCheck({ report: await api.call('system.verify') });
    } catch (error) {
      setCheck({ error });
    } finally {
      setChecking(false);
    }
  };

  return (
    <Card title={t('settings.registry')}>
      {info.error !== undefined ? (
        <Alert type="error" showIcon title={describeError(t, info.error)} />
      ) : info.data === undefined ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : (
        <Descriptions
          column={1}
          size="small"
          styles={{ label: { width: 140 } }}
          items={[
            { key: 'appVersion', label: t('settings.appVersion'), children: info.data.appVersion },
            { key: 'schemaVersion', label: t('settings.schemaVersion'), children: info.data.schemaVersion },
            {
              key: 'dbPath',
              label: t('settings.dbPath'),
              children: <Typography.Text copyable style={{ wordBreak: 'break-all' }}>{info.data.dbPath}</Typography.Text>,
            },
          ]}
        />
      )}
      <Flex vertical gap={12} style={{ marginTop: 16 }}>
        <Button style={{ alignSelf: 'flex-start' }} loading={checking} onClick={() => void verify()}>
          {t('settings.verify')}
        </Button>
        {check !== null && <CheckResult check={check} />}
      </Flex>
    </Card>
  );
}
