// A participant's missing-person incidents, newest first, each with its next step: found, then
// reunited. Reporting a new one is offered while none is open.
import { Button, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../../electron/contract/wristbandIncidents';
import type { IncidentStep } from './IncidentModal';

interface Props {
  readonly participantId: number;
  readonly incidents: readonly Incident[];
  /** Participants who left the program are not reported missing here. */
  readonly canReport: boolean;
  readonly onStep: (step: IncidentStep) => void;
}

const shown = (at: string) => at.replace('T', ' ');

export function IncidentList({ participantId, incidents, canReport, onStep }: Props) {
  const { t } = useTranslation();
  const open = incidents.some((i) => i.reunitedAt === null);
  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('wristband.incidents.title')}
        </Typography.Title>
        {canReport && !open && (
          <Button danger onClick={() => onStep({ kind: 'missing', participantId })}>
            {t('wristband.incidents.reportMissing')}
          </Button>
        )}
      </Flex>
      <List
        size="small"
        bordered
        dataSource={[...incidents]}
        locale={{ emptyText: t('wristband.incidents.none') }}
        renderItem={(incident) => <IncidentItem incident={incident} onStep={onStep} />}
      />
    </>
  );
}

export function IncidentItem({ incident, onStep, who }: { readonly incident: Incident; readonly onStep: (step: IncidentStep) => void; readonly who?: string }) {
  const { t } = useTranslation();
  return (
    <List.Item aria-label={t('wristband.incidents.missingLine', { at: shown(incident.missingAt), by: incident.reportedBy })}>
      <Flex vertical gap={4} style={{ width: '100%' }}>
        <Flex gap={8} align="center" wrap>
          {who && <Typography.Text strong>{who}</Typography.Text>}
          {incident.foundAt === null ? (
            <Tag color="red">{t('wristband.incidents.stateMissing')}</Tag>
          ) : incident.reunitedAt === null ? (
            <Tag color="orange">{t('wristband.incidents.stateFound')}</Tag>
          ) : null}
          <Typography.Text>{t('wristband.incidents.missingLine', { at: shown(incident.missingAt), by: incident.reportedBy })}</Typography.Text>
        </Flex>
        {incident.foundAt !== null && (
          <Typography.Text>
            {t('wristband.incidents.foundLine', {
              at: shown(incident.foundAt),
              place: incident.foundPlace ?? '',
              by: incident.foundBy ?? '',
              how: incident.identifiedBy ? t(`wristband.identification.${incident.identifiedBy}`) : '',
            })}
          </Typography.Text>
        )}
        {incident.reunitedAt !== null && <Typography.Text>{t('wristband.incidents.reunitedLine', { at: shown(incident.reunitedAt) })}</Typography.Text>}
        {incident.notes && <Typography.Text type="secondary">{incident.notes}</Typography.Text>}
        {incident.reunitedAt === null && (
          <Flex gap={6}>
            {incident.foundAt === null ? (
              <Button size="small" type="primary" onClick={() => onStep({ kind: 'found', incident })}>
                {t('wristband.incidents.recordFound')}
              </Button>
            ) : (
              <Button size="small" type="primary" onClick={() => onStep({ kind: 'reunited', incident })}>
                {t('wristband.incidents.recordReunited')}
              </Button>
            )}
          </Flex>
        )}
      </Flex>
    </List.Item>
  );
}
