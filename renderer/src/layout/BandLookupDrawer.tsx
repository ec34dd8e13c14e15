// What a band lookup found, in the order a caller needs it: the guardians' phones first, then
// who the person is and who looks out for them locally, then the way into their record.
import { Alert, Button, Descriptions, Drawer, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { BandLookup } from '../../../electron/contract/wristband';
import { ageToday } from '../pages/stemcell/dates';
import { GuardianList } from '../pages/wristband/GuardianList';
import { useWristbandView } from '../pages/wristband/viewStore';

interface Props {
  readonly found: BandLookup | null;
  readonly onClose: () => void;
}

const withPhone = (name: string | null, phone: string | null) => [name, phone].filter(Boolean).join(' ') || null;

export function BandLookupDrawer({ found, onClose }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const open = useWristbandView((s) => s.open);
  const setTab = useWristbandView((s) => s.setTab);
  const none = t('common.none');

  const openRecord = (participantId: number) => {
    onClose();
    setTab('participants');
    open(participantId);
    void navigate('/wristband');
  };

  const person = found?.participant;
  return (
    <Drawer
      title={found ? t('bandLookup.title', { code: found.band.code, name: found.participant.name }) : t('bandLookup.label')}
      open={found !== null}
      onClose={onClose}
      size={560}
      destroyOnHidden
    >
      {found && person && (
        <Flex vertical gap={16}>
          {person.missing && <Alert type="error" showIcon title={t('bandLookup.missing')} />}
          {found.outdated && <Alert type="warning" showIcon title={t('bandLookup.outdated', { status: t(`wristband.bandStatuses.${found.band.status}`) })} />}
          <div>
            <Typography.Title level={5}>{t('bandLookup.callFirst')}</Typography.Title>
            <GuardianList guardians={found.guardians} large />
          </div>
          <Descriptions
            column={1}
            bordered
            size="small"
            styles={{ label: { width: 120 } }}
            items={[
              { key: 'name', label: t('wristband.fields.name'), children: person.name },
              { key: 'sex', label: t('wristband.fields.sex'), children: person.sex ? t(`sex.${person.sex}`) : none },
              { key: 'age', label: t('wristband.fields.age'), children: ageToday(person.birthDate) ?? none },
              { key: 'place', label: t('wristband.fields.place'), children: [person.community.village, person.community.grid].filter(Boolean).join(' · ') },
              { key: 'gridWorker', label: t('wristband.fields.gridWorker'), children: withPhone(person.community.gridWorker, person.community.gridWorkerPhone) ?? none },
              { key: 'police', label: t('wristband.fields.policeContact'), children: withPhone(person.community.policeContact, person.community.policePhone) ?? none },
            ]}
          />
          <Button type="primary" onClick={() => openRecord(person.id)}>
            {t('bandLookup.openRecord')}
          </Button>
        </Flex>
      )}
    </Drawer>
  );
}
