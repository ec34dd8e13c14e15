// What the registry holds about one volunteer: the consent form, the dated status timeline,
// samples and HLA typings. Shown in the volunteer drawer and in the person's record.
import { Descriptions, Empty, Table, Tag, Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { EnrollmentDetail, HlaTyping, Sample, StatusChange } from '../../../../electron/contract/stemcell';
import { HLA_LOCI } from '../../../../electron/contract/validation/hla';
import { formatInstant } from '../../format';
import { StatusTag } from './StatusTag';

export function EnrollmentFacts({ enrollment }: { readonly enrollment: EnrollmentDetail }) {
  const { t } = useTranslation();
  const none = t('common.none');
  return (
    <Descriptions
      column={1}
      bordered
      size="small"
      styles={{ label: { width: 150, whiteSpace: 'nowrap' } }}
      items={[
        { key: 'status', label: t('stemcell.fields.status'), children: <StatusTag {...enrollment} /> },
        { key: 'since', label: t('stemcell.fields.since'), children: enrollment.statusSince },
        { key: 'consent', label: t('stemcell.fields.consentDate'), children: enrollment.consentDate },
        ...(enrollment.coolingOffUntil
          ? [{ key: 'coolingOff', label: t('stemcell.fields.coolingOff'), children: t('stemcell.coolingOffUntil', { date: enrollment.coolingOffUntil }) }]
          : []),
        { key: 'donorId', label: t('stemcell.fields.donorId'), children: enrollment.cmdpDonorId ?? none },
        {
          key: 'contacts',
          label: t('stemcell.fields.contacts'),
          children: enrollment.contacts.map((c) => (
            <div key={`${c.name}${c.phone}`}>
              {c.name}（{t(`stemcell.relations.${c.relation}`)}）{c.phone}
            </div>
          )),
        },
        { key: 'notes', label: t('stemcell.fields.notes'), children: enrollment.notes ?? none },
      ]}
    />
  );
}

function timelineItem(t: TFunction, change: StatusChange) {
  const withdrawal = change.status === 'withdrawn';
  return {
    key: change.id,
    color: withdrawal ? 'red' : change.status === 'donated' ? 'green' : 'blue',
    content: (
      <>
        <Typography.Text strong>
          {change.date} {t(`stemcell.status.${change.status}`)}
        </Typography.Text>
        {withdrawal && change.reason && (
          <Tag style={{ marginInlineStart: 8 }}>
            {change.reason} {t(`stemcell.reasons.${change.reason}`)}
          </Tag>
        )}
        {change.duringCoolingOff && <Tag color="gold">{t('stemcell.duringCoolingOff')}</Tag>}
        {change.note && <div>{change.note}</div>}
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {t('stemcell.recordedBy', { by: change.recordedBy, at: formatInstant(change.recordedAt) })}
        </Typography.Text>
      </>
    ),
  };
}

export function EnrollmentTimeline({ timeline }: { readonly timeline: readonly StatusChange[] }) {
  const { t } = useTranslation();
  return <Timeline items={timeline.map((change) => timelineItem(t, change))} />;
}

export function SampleTable({ samples }: { readonly samples: readonly Sample[] }) {
  const { t } = useTranslation();
  if (samples.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('stemcell.noSamples')} />;
  return (
    <Table<Sample>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={samples}
      columns={[
        { title: t('stemcell.sample.sampledOn'), dataIndex: 'sampledOn', width: 110 },
        { title: t('stemcell.sample.tubeBarcode'), dataIndex: 'tubeBarcode' },
        { title: t('stemcell.sample.volumeMl'), dataIndex: 'volumeMl', width: 100 },
        { title: t('stemcell.sample.lab'), dataIndex: 'lab' },
      ]}
    />
  );
}

export function TypingTable({ typings }: { readonly typings: readonly HlaTyping[] }) {
  const { t } = useTranslation();
  if (typings.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('stemcell.noTypings')} />;
  return (
    <Table<HlaTyping>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={typings}
      scroll={{ x: true }}
      columns={[
        { title: t('stemcell.typing.typedOn'), dataIndex: 'typedOn', width: 100, fixed: 'left' },
        { title: t('stemcell.typing.resolution'), dataIndex: 'resolution', width: 80, render: (r: HlaTyping['resolution']) => t(`stemcell.resolutions.${r}`) },
        ...HLA_LOCI.map((locus) => ({
          title: locus,
          key: locus,
          render: (_: unknown, typing: HlaTyping) => typing.alleles[locus]?.map((allele, i) => <div key={i}>{allele}</div>) ?? t('common.none'),
        })),
        { title: t('stemcell.typing.lab'), dataIndex: 'lab' },
      ]}
    />
  );
}
