// A participant's record: the guardians' phones first (what staff need when someone calls),
// then who they are and where, the bands, the missing-person incidents, the consent and the
// sensitive profile, and the history. Read fresh from the registry after every change.
import { Alert, Button, Descriptions, Divider, Drawer, Flex, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import { RevealableDocNumber } from '../people/RevealableDocNumber';
import { ageToday } from '../stemcell/dates';
import { BandPanel } from './BandPanel';
import { CommunityModal } from './CommunityModal';
import { ConfirmPhoneModal, GuardiansModal } from './GuardianDialogs';
import { GuardianList } from './GuardianList';
import { IncidentList } from './IncidentList';
import { IncidentModal, type IncidentStep } from './IncidentModal';
import { LeaveModal } from './LeaveModal';
import { ParticipantHistory } from './ParticipantHistory';
import { SensitivePanel } from './SensitivePanel';
import { useWristbandView } from './viewStore';

type Dialog = 'guardians' | 'community' | 'leave' | null;

export function ParticipantDrawer() {
  const { t } = useTranslation();
  const participantId = useWristbandView((s) => s.openParticipantId);
  const open = useWristbandView((s) => s.open);
  const changed = useWristbandView((s) => s.changed);
  const [revision, setRevision] = useState(0);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [incidentStep, setIncidentStep] = useState<IncidentStep | null>(null);
  const [confirming, setConfirming] = useState<Parameters<typeof ConfirmPhoneModal>[0]['target']>(null);
  const input = participantId === null ? null : { participantId };
  const query = useApiQuery('wristband.get', input, revision);
  const incidents = useApiQuery('wristband.incidents', input, revision);
  const participant = query.data?.id === participantId ? query.data : undefined;
  const none = t('common.none');
  // The registry's `missing` lasts until the reunion; the alert says which step the case is at.
  const openIncident = incidents.data?.find((i) => i.participantId === participantId && i.reunitedAt === null);

  const done = () => {
    setDialog(null);
    setIncidentStep(null);
    setConfirming(null);
    setRevision((n) => n + 1);
    changed();
  };

  return (
    <Drawer
      title={participant ? `${t('wristband.detailTitle')} · ${participant.name}` : t('wristband.detailTitle')}
      open={participantId !== null}
      onClose={() => open(null)}
      size={720}
      destroyOnHidden
    >
      {query.error !== undefined ? (
        <Alert type="error" showIcon title={describeError(t, query.error)} />
      ) : participant ? (
        <Flex vertical gap={16}>
          {openIncident && <Alert type={openIncident.foundAt === null ? 'error' : 'warning'} showIcon title={t(openIncident.foundAt === null ? 'wristband.missingAlert' : 'wristband.foundAlert')} />}
          <div>
            <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
              <Typography.Title level={5} style={{ margin: 0 }}>
                {t('wristband.guardians.title')}
              </Typography.Title>
              {participant.status === 'active' && (
                <Button size="small" onClick={() => setDialog('guardians')}>
                  {t('wristband.guardians.edit')}
                </Button>
              )}
            </Flex>
            <GuardianList guardians={participant.guardians} onConfirm={participant.status === 'active' ? (guardian, phone) => setConfirming({ guardian, phone }) : undefined} />
          </div>
          <Descriptions
            column={2}
            bordered
            size="small"
            items={[
              {
                key: 'status',
                label: t('wristband.fields.status'),
                children: <Tag color={participant.status === 'active' ? 'green' : 'default'}>{t(`wristband.statuses.${participant.status}`)}</Tag>,
              },
              { key: 'enrolledOn', label: t('wristband.fields.enrolledOn'), children: participant.enrolledOn },
              { key: 'sex', label: t('wristband.fields.sex'), children: participant.sex ? t(`sex.${participant.sex}`) : none },
              { key: 'age', label: t('wristband.fields.age'), children: ageToday(participant.birthDate) ?? none },
              { key: 'doc', label: t('wristband.fields.docNumber'), span: 2, children: <RevealableDocNumber personId={participant.personId} masked={participant.docNumberMasked} /> },
              { key: 'village', label: t('wristband.fields.village'), children: participant.community.village },
              { key: 'grid', label: t('wristband.fields.grid'), children: participant.community.grid ?? none },
              { key: 'gridWorker', label: t('wristband.fields.gridWorker'), children: [participant.community.gridWorker, participant.community.gridWorkerPhone].filter(Boolean).join(' ') || none },
              { key: 'police', label: t('wristband.fields.policeContact'), children: [participant.community.policeContact, participant.community.policePhone].filter(Boolean).join(' ') || none },
              ...(participant.notes ? [{ key: 'notes', label: t('wristband.fields.notes'), span: 2, children: participant.notes }] : []),
            ]}
          />
          <div>
            <BandPanel participant={participant} onChanged={done} />
          </div>
          <div>
            <IncidentList participantId={participant.id} incidents={incidents.data ?? []} canReport={participant.status === 'active'} onStep={setIncidentStep} />
          </div>
          <div>
            <SensitivePanel participant={participant} onChanged={done} />
          </div>
          <Divider titlePlacement="start">{t('wristband.history.title')}</Divider>
          <ParticipantHistory participant={participant} incidents={incidents.data ?? []} />
          {participant.status === 'active' && (
            <Flex justify="end" gap={8}>
              <Button onClick={() => setDialog('community')}>{t('wristband.editCommunity')}</Button>
              <Button danger onClick={() => setDialog('leave')}>
                {t('wristband.leave.action')}
              </Button>
            </Flex>
          )}
          <GuardiansModal participant={participant} open={dialog === 'guardians'} onClose={() => setDialog(null)} onDone={done} />
          <CommunityModal participant={participant} open={dialog === 'community'} onClose={() => setDialog(null)} onDone={done} />
          <LeaveModal participant={participant} open={dialog === 'leave'} onClose={() => setDialog(null)} onDone={done} />
          <ConfirmPhoneModal target={confirming} onClose={() => setConfirming(null)} onDone={done} />
          <IncidentModal step={incidentStep} onClose={() => setIncidentStep(null)} onDone={done} />
        </Flex>
      ) : (
        <Skeleton active />
      )}
    </Drawer>
  );
}
