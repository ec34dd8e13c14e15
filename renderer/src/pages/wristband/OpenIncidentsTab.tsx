// Everyone missing now, or found and not yet home: the office's open cases, oldest first, each
// with its next step and the way into the record.
import { Alert, Button, List } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import { IncidentItem } from './IncidentList';
import { IncidentModal, type IncidentStep } from './IncidentModal';
import { useWristbandView } from './viewStore';

export function OpenIncidentsTab() {
  const { t } = useTranslation();
  const revision = useWristbandView((s) => s.revision);
  const changed = useWristbandView((s) => s.changed);
  const open = useWristbandView((s) => s.open);
  const [step, setStep] = useState<IncidentStep | null>(null);
  const incidents = useApiQuery('wristband.openIncidents', {}, revision);

  if (incidents.error !== undefined) return <Alert type="error" showIcon title={describeError(t, incidents.error)} />;
  return (
    <>
      <List
        bordered
        loading={incidents.loading}
        dataSource={[...(incidents.data ?? [])]}
        locale={{ emptyText: t('wristband.incidents.openEmpty') }}
        renderItem={(incident) => (
          <div key={incident.id} style={{ position: 'relative' }}>
            <IncidentItem incident={incident} onStep={setStep} who={`${incident.name} · ${incident.village}${incident.bandCode ? ` · ${incident.bandCode}` : ''}`} />
            <Button type="link" style={{ position: 'absolute', right: 8, top: 8 }} onClick={() => open(incident.participantId)}>
              {t('bandLookup.openRecord')}
            </Button>
          </div>
        )}
      />
      <IncidentModal
        step={step}
        onClose={() => setStep(null)}
        onDone={() => {
          setStep(null);
          changed();
        }}
      />
    </>
  );
}
