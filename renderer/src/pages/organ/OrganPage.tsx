// 器官和遗体捐献: pledges in force (or revoked, or superseded), by what is pledged; a new pledge
// (Ctrl+N); each person's pledge with its changes and revocation.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCtrlShortcut } from '../../hooks/useShortcut';
import { PledgeDrawer } from './PledgeDrawer';
import { PledgeFormModal } from './PledgeFormModal';
import { PledgeTable } from './PledgeTable';
import { useOrganView } from './viewStore';

export function OrganPage() {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const open = useOrganView((s) => s.open);
  const changed = useOrganView((s) => s.changed);

  useCtrlShortcut('n', () => setAdding(true));

  return (
    <>
      <Flex justify="space-between" align="center" gap={16}>
        <Typography.Title level={3}>{t('organ.heading')}</Typography.Title>
        <Tooltip title={t('organ.addShortcut')}>
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
            {t('organ.add')}
          </Button>
        </Tooltip>
      </Flex>
      <PledgeTable />
      <PledgeFormModal
        mode={adding ? { change: null } : null}
        onClose={() => setAdding(false)}
        onSaved={(pledges) => {
          setAdding(false);
          changed();
          if (pledges.current) open(pledges.current.personId);
        }}
        onAlreadyPledged={(personId) => {
          setAdding(false);
          open(personId);
        }}
      />
      <PledgeDrawer />
    </>
  );
}
