// 爱心手环: the participants (by village, grid cell and status), enrolment (Ctrl+N), the open
// missing-person cases, the incidents report and the follow-up list; printing cards and the
// roster for the village and grid chosen in the filters. A participant's record opens in a
// drawer, also from a band scanned anywhere in the app.
import { IdcardOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Flex, Tabs, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCtrlShortcut } from '../../hooks/useShortcut';
import { rosterPrintPath } from '../print/rosterScope';
import { EnrollModal } from './EnrollModal';
import { FollowUpTab } from './FollowUpTab';
import { IncidentReportTab } from './IncidentReportTab';
import { OpenIncidentsTab } from './OpenIncidentsTab';
import { ParticipantDrawer } from './ParticipantDrawer';
import { ParticipantTable } from './ParticipantTable';
import { useWristbandView, type WristbandTab } from './viewStore';

export function WristbandPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [adding, setAdding] = useState(false);
  const { tab, setTab, village, grid, open, changed } = useWristbandView();

  useCtrlShortcut('n', () => setAdding(true));

  return (
    <>
      <Flex justify="space-between" align="center" gap={16} wrap>
        <Typography.Title level={3}>{t('wristband.heading')}</Typography.Title>
        <Flex gap={8}>
          <Tooltip title={t('wristband.printScopeHint')}>
            <Button icon={<IdcardOutlined aria-hidden />} onClick={() => void navigate(rosterPrintPath('roster-cards', { village, grid }))}>
              {t('wristband.printCards')}
            </Button>
          </Tooltip>
          <Tooltip title={t('wristband.printScopeHint')}>
            <Button icon={<PrinterOutlined aria-hidden />} onClick={() => void navigate(rosterPrintPath('roster', { village, grid }))}>
              {t('wristband.printRoster')}
            </Button>
          </Tooltip>
          <Tooltip title={t('wristband.addShortcut')}>
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
              {t('wristband.add')}
            </Button>
          </Tooltip>
        </Flex>
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as WristbandTab)}
        destroyOnHidden
        items={[
          { key: 'participants', label: t('wristband.tabs.participants'), children: <ParticipantTable /> },
          { key: 'incidents', label: t('wristband.tabs.incidents'), children: <OpenIncidentsTab /> },
          { key: 'report', label: t('wristband.tabs.report'), children: <IncidentReportTab /> },
          { key: 'followUp', label: t('wristband.tabs.followUp'), children: <FollowUpTab /> },
        ]}
      />
      <EnrollModal
        open={adding}
        onClose={() => setAdding(false)}
        onSaved={(participant) => {
          setAdding(false);
          changed();
          open(participant.id);
        }}
        onAlreadyEnrolled={(participantId) => {
          setAdding(false);
          open(participantId);
        }}
      />
      <ParticipantDrawer />
    </>
  );
}
