// 献血: donors, donation records and drives in three tabs; recording a donation (Ctrl+N) from
// anywhere on the page; drives and people open in drawers over the lists.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Tabs, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Drive } from '../../../../electron/contract/blood';
import { useCtrlShortcut } from '../../hooks/useShortcut';
import { PersonDetailDrawer } from '../people/PersonDetailDrawer';
import { useBloodView, type BloodTab } from './bloodView';
import { DonationFormModal, type DonationPreset } from './DonationFormModal';
import { DonationsTab } from './DonationsTab';
import { DonorsTab } from './DonorsTab';
import { DriveDrawer } from './DriveDrawer';
import { DriveFormModal } from './DriveFormModal';
import { DrivesTab } from './DrivesTab';

export function BloodPage() {
  const { t } = useTranslation();
  const { tab, setTab, saved } = useBloodView();
  const [recording, setRecording] = useState<DonationPreset | null>(null);
  const [editingDrive, setEditingDrive] = useState<Drive | 'new' | null>(null);
  const [openDriveId, setOpenDriveId] = useState<number | null>(null);
  const [openPersonId, setOpenPersonId] = useState<number | null>(null);

  useCtrlShortcut('n', () => setRecording({}));

  return (
    <>
      <Typography.Title level={3}>{t('modules.blood.heading')}</Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as BloodTab)}
        tabBarExtraContent={
          <Tooltip title={t('blood.recordShortcut')}>
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setRecording({})}>
              {t('blood.record')}
            </Button>
          </Tooltip>
        }
        items={[
          { key: 'donors', label: t('blood.tabs.donors'), children: <DonorsTab onOpenPerson={setOpenPersonId} /> },
          { key: 'donations', label: t('blood.tabs.donations'), children: <DonationsTab onOpenPerson={setOpenPersonId} /> },
          { key: 'drives', label: t('blood.tabs.drives'), children: <DrivesTab onOpen={setOpenDriveId} onAdd={() => setEditingDrive('new')} /> },
        ]}
      />
      <DonationFormModal preset={recording} onClose={() => setRecording(null)} />
      <DriveFormModal
        drive={editingDrive}
        onClose={() => setEditingDrive(null)}
        onSaved={(drive) => {
          setEditingDrive(null);
          setOpenDriveId(drive.id);
        }}
      />
      <DriveDrawer
        driveId={openDriveId}
        onClose={() => setOpenDriveId(null)}
        onEdit={setEditingDrive}
        onRecord={setRecording}
        onOpenPerson={setOpenPersonId}
      />
      <PersonDetailDrawer personId={openPersonId} onClose={() => setOpenPersonId(null)} onChanged={() => saved()} onOpen={setOpenPersonId} />
    </>
  );
}
