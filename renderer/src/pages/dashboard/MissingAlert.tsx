// Anyone missing right now, first on the page and in red, each one click from their record.
import { Alert, Button, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OpenIncident } from '../../../../electron/contract/wristbandIncidents';
import { useOpenList } from './useOpenList';

export function MissingAlert({ missing }: { readonly missing: readonly OpenIncident[] }) {
  const { t } = useTranslation();
  const open = useOpenList();
  if (missing.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={<Typography.Text strong type="danger">{t('overview.missing.title', { count: missing.length })}</Typography.Text>}
      description={
        <List
          size="small"
          dataSource={[...missing]}
          rowKey="id"
          renderItem={(m) => (
            <List.Item
              actions={[
                <Button key="open" type="link" danger onClick={() => open.participant(m.participantId)}>
                  {t('overview.missing.open')}
                </Button>,
              ]}
            >
              <Typography.Text type="danger">
                {t('overview.missing.line', { name: m.name, village: m.village, time: m.missingAt.replace('T', ' ') })}
                {m.foundAt !== null && t('overview.missing.found')}
              </Typography.Text>
            </List.Item>
          )}
        />
      }
    />
  );
}
