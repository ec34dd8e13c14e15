// A person's pledge: the version in force (or the revoked one), changing or revoking it, and
// every earlier version. Read fresh from the registry when it opens and after every change.
import { Alert, Button, Drawer, Flex, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import { PledgeFormModal } from './PledgeFormModal';
import { PledgeHistory, PledgeVersionView } from './PledgeVersionView';
import { RevokeModal } from './RevokeModal';
import { useOrganView } from './viewStore';

export function PledgeDrawer() {
  const { t } = useTranslation();
  const personId = useOrganView((s) => s.openPersonId);
  const open = useOrganView((s) => s.open);
  const changed = useOrganView((s) => s.changed);
  const [revision, setRevision] = useState(0);
  const [dialog, setDialog] = useState<'change' | 'revoke' | null>(null);
  const query = useApiQuery('organ.get', personId === null ? null : { personId }, revision);
  const current = query.data?.current ?? null;
  const ready = query.data !== undefined && (current === null || current.personId === personId);
  const done = () => {
    setDialog(null);
    setRevision((n) => n + 1);
    changed();
  };

  return (
    <Drawer
      title={current ? `${t('organ.detailTitle')} · ${current.name}` : t('organ.detailTitle')}
      open={personId !== null}
      onClose={() => open(null)}
      size={600}
      destroyOnHidden
    >
      {query.error !== undefined ? (
        <Alert type="error" showIcon title={describeError(t, query.error)} />
      ) : ready && current ? (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <PledgeVersionView pledge={current} />
          {current.status === 'active' && (
            <Flex gap={8}>
              <Button type="primary" onClick={() => setDialog('change')}>
                {t('organ.actions.change')}
              </Button>
              <Button danger onClick={() => setDialog('revoke')}>
                {t('organ.actions.revoke')}
              </Button>
            </Flex>
          )}
          <Typography.Title level={5}>{t('organ.history')}</Typography.Title>
          <PledgeHistory history={query.data!.history} />
          <PledgeFormModal mode={dialog === 'change' ? { change: current } : null} onClose={() => setDialog(null)} onSaved={done} onAlreadyPledged={done} />
          <RevokeModal pledge={dialog === 'revoke' ? current : null} onClose={() => setDialog(null)} onDone={done} />
        </Space>
      ) : (
        <Skeleton active />
      )}
    </Drawer>
  );
}
