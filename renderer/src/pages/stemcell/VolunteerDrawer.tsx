// One volunteer: the consent form, what can be done next, the timeline, samples and typings.
// Read fresh from the registry when it opens and after every change.
import { Alert, Drawer, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import { EnrollmentActions } from './EnrollmentActions';
import { EnrollmentFacts, EnrollmentTimeline, SampleTable, TypingTable } from './EnrollmentRecord';
import { useStemcellView } from './viewStore';

export function VolunteerDrawer() {
  const { t } = useTranslation();
  const personId = useStemcellView((s) => s.openPersonId);
  const open = useStemcellView((s) => s.open);
  const changed = useStemcellView((s) => s.changed);
  const [revision, setRevision] = useState(0);
  const enrollment = useApiQuery('stemcell.get', personId === null ? null : { personId }, revision);
  const data = enrollment.data?.personId === personId ? enrollment.data : undefined;

  return (
    <Drawer
      title={data ? `${t('stemcell.detailTitle')} · ${data.name}` : t('stemcell.detailTitle')}
      open={personId !== null}
      onClose={() => open(null)}
      size={640}
      destroyOnHidden
    >
      {enrollment.error !== undefined ? (
        <Alert type="error" showIcon title={describeError(t, enrollment.error)} />
      ) : data ? (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <EnrollmentFacts enrollment={data} />
          <EnrollmentActions
            enrollment={data}
            onChanged={() => {
              setRevision((n) => n + 1);
              changed();
            }}
          />
          <Typography.Title level={5}>{t('stemcell.timeline')}</Typography.Title>
          <EnrollmentTimeline timeline={data.timeline} />
          <Typography.Title level={5}>{t('stemcell.samples')}</Typography.Title>
          <SampleTable samples={data.samples} />
          <Typography.Title level={5}>{t('stemcell.typings')}</Typography.Title>
          <TypingTable typings={data.typings} />
        </Space>
      ) : (
        <Skeleton active />
      )}
    </Drawer>
  );
}
