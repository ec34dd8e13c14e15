// The participant's history on one time line, newest first: enrolment, consents given and
// ended, every band change, each incident's missing / found / reunited, and leaving.
import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ParticipantDetail } from '../../../../electron/contract/wristband';
import type { Incident } from '../../../../electron/contract/wristbandIncidents';

interface Entry {
  readonly key: string;
  /** A date or a local date-time; compared as text. */
  readonly at: string;
  readonly color: string;
  readonly text: string;
  readonly by?: string;
}

export function ParticipantHistory({ participant, incidents }: { readonly participant: ParticipantDetail; readonly incidents: readonly Incident[] }) {
  const { t } = useTranslation();
  const scopeText = (scope: readonly string[]) => scope.map((s) => t(`wristband.consentScopes.${s as 'health'}`)).join('、');
  const entries: Entry[] = [
    { key: 'enrolled', at: participant.enrolledOn, color: 'blue', text: t('wristband.history.enrolled') },
    ...participant.consents.flatMap((c): Entry[] => [
      {
        key: `consent-${c.id}`,
        at: c.givenOn,
        color: 'green',
        text: t('wristband.history.consent', { name: c.guardianName, relation: t(`wristband.consentGivers.${c.relation}`), scope: scopeText(c.scope) }),
      },
      ...(c.endedOn && c.endReason
        ? [{ key: `consent-end-${c.id}`, at: c.endedOn, color: 'gray', text: t('wristband.history.consentEnded', { reason: t(`wristband.history.consentEndReasons.${c.endReason}`) }) }]
        : []),
    ]),
    ...participant.bands.flatMap((band) =>
      band.history.map((event, i) => ({
        key: `band-${band.id}-${i}`,
        at: event.on,
        color: event.status === 'lost' || event.status === 'damaged' ? 'red' : 'blue',
        text: t('wristband.history.band', { code: band.code, status: t(`wristband.bandStatuses.${event.status}`) }) + (event.note ? ` · ${event.note}` : ''),
        by: event.recordedBy,
      })),
    ),
    ...incidents.flatMap((incident) => {
      const list: Entry[] = [
        { key: `missing-${incident.id}`, at: incident.missingAt, color: 'red', text: t('wristband.history.missing', { by: incident.reportedBy }), by: incident.recordedBy },
      ];
      if (incident.foundAt)
        list.push({
          key: `found-${incident.id}`,
          at: incident.foundAt,
          color: 'orange',
          text: t('wristband.history.found', {
            place: incident.foundPlace ?? '',
            by: incident.foundBy ?? '',
            how: incident.identifiedBy ? t(`wristband.identification.${incident.identifiedBy}`) : '',
          }),
        });
      if (incident.reunitedAt) list.push({ key: `reunited-${incident.id}`, at: incident.reunitedAt, color: 'green', text: t('wristband.history.reunited') });
      return list;
    }),
    ...(participant.leftOn ? [{ key: 'left', at: participant.leftOn, color: 'gray', text: t('wristband.history.left', { status: t(`wristband.statuses.${participant.status}`) }) }] : []),
  ];
  entries.sort((a, b) => b.at.localeCompare(a.at));

  return (
    <Timeline
      items={entries.map((entry) => ({
        key: entry.key,
        color: entry.color,
        content: (
          <>
            <Typography.Text type="secondary">{entry.at.replace('T', ' ')}</Typography.Text> <Typography.Text>{entry.text}</Typography.Text>
            {entry.by && (
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {t('wristband.history.by', { by: entry.by })}
              </Typography.Text>
            )}
          </>
        ),
      }))}
    />
  );
}
