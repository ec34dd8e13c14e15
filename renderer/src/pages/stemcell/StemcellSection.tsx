// The stem-cell part of a person's record: status, CMDP donor ID, timeline, latest sample and
// typing — or that they have not joined.
import { Descriptions, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import type { PersonSectionProps } from '../people/personSections';
import { EnrollmentTimeline } from './EnrollmentRecord';
import { StatusTag } from './StatusTag';

export function StemcellSection({ personId }: PersonSectionProps) {
  const { t } = useTranslation();
  const query = useApiQuery('stemcell.get', { personId });
  const none = t('common.none');
  const v = query.data;
  const body = () => {
    if (query.error !== undefined) return <Typography.Text type="danger">{describeError(t, query.error)}</Typography.Text>;
    if (query.loading) return <Skeleton active paragraph={{ rows: 2 }} />;
    if (!v) return <Typography.Text type="secondary">{t('stemcell.section.notEnrolled')}</Typography.Text>;
    const sample = v.samples.at(-1);
    const typing = v.typings.at(-1);
    return (
      <>
        <Descriptions
          column={1}
          size="small"
          bordered
          styles={{ label: { width: 110 } }}
          items={[
            { key: 'status', label: t('stemcell.fields.status'), children: <StatusTag {...v} /> },
            { key: 'donorId', label: t('stemcell.fields.donorId'), children: v.cmdpDonorId ?? none },
            {
              key: 'sample',
              label: t('stemcell.section.latestSample'),
              children: sample ? t('stemcell.section.sampleLine', { date: sample.sampledOn, barcode: sample.tubeBarcode, volume: sample.volumeMl, lab: sample.lab }) : none,
            },
            {
              key: 'typing',
              label: t('stemcell.section.latestTyping'),
              children: typing
                ? t('stemcell.section.typingLine', { date: typing.typedOn, resolution: t(`stemcell.resolutions.${typing.resolution}`), lab: typing.lab })
                : none,
            },
          ]}
        />
        <div style={{ marginTop: 16 }}>
          <EnrollmentTimeline timeline={v.timeline} />
        </div>
      </>
    );
  };
  return (
    <section aria-label={t('stemcell.section.title')} style={{ marginTop: 24 }}>
      <Typography.Title level={5}>{t('stemcell.section.title')}</Typography.Title>
      {body()}
    </section>
  );
}
