// One donor's standing, read fresh from the registry: counts and volume, the last donation,
// the next dates for whole blood and platelets with the reasons for waiting, and honours.
import { Alert, Descriptions, Skeleton, Space, Tag, Typography, type DescriptionsProps } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DonorRecord, KindEligibility } from '../../../../electron/contract/blood';
import { describeError } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import { useBloodView } from './bloodView';
import { breakText, measureText } from './text';

interface Props {
  readonly personId: number;
}

function NextDate({ eligibility, withApproval }: { readonly eligibility: KindEligibility; readonly withApproval?: string | null }) {
  const { t } = useTranslation();
  if (eligibility.eligible) return <Tag color="success">{t('blood.eligibleToday')}</Tag>;
  return (
    <Space orientation="vertical" size={0}>
      <Typography.Text strong>{eligibility.nextDate ?? t('blood.never')}</Typography.Text>
      {eligibility.reasons.map((r) => (
        <Typography.Text key={`${r.rule}${r.otherDate}`} type="secondary">
          {breakText(t, r)}
        </Typography.Text>
      ))}
      {withApproval ? <Typography.Text type="secondary">{t('blood.standing.withApproval', { date: withApproval })}</Typography.Text> : null}
    </Space>
  );
}

function honourItem(t: TFunction, record: DonorRecord): ReactNode {
  const { honours } = record;
  const next = honours.next
    ? t('blood.standing.nextHonour', { honour: t(`blood.honours.${honours.next.honour}`), remaining: honours.next.remaining })
    : t('blood.standing.allHonours');
  return (
    <Space orientation="vertical" size={4}>
      {honours.reached.length > 0 ? (
        <Space wrap size={4}>
          {honours.reached.map((h) => (
            <Tag key={h} color="gold">
              {t(`blood.honours.${h}`)}
            </Tag>
          ))}
        </Space>
      ) : (
        <Typography.Text>{t('blood.standing.noHonour')}</Typography.Text>
      )}
      <Typography.Text type="secondary">
        {t('blood.standing.counts', { count: honours.counts })}；{next}
      </Typography.Text>
    </Space>
  );
}

function items(t: TFunction, record: DonorRecord): DescriptionsProps['items'] {
  const last = record.lastDonation;
  const next = [
    { key: 'nextWhole', label: t('blood.standing.nextWhole'), children: <NextDate eligibility={record.eligibility.wholeBlood} /> },
    {
      key: 'nextPlatelets',
      label: t('blood.standing.nextPlatelets'),
      children: <NextDate eligibility={record.eligibility.platelets} withApproval={record.eligibility.platelets.nextDateWithApproval} />,
    },
  ];
  // Someone who never came: whether they may give is all there is to say.
  if (record.donations === 0 && record.deferrals === 0) {
    return [{ key: 'donations', label: t('blood.standing.donations'), children: t('blood.standing.none') }, ...next];
  }
  return [
    {
      key: 'donations',
      label: t('blood.standing.donations'),
      children: [t('blood.standing.donationsValue', { count: record.donations }), record.deferrals > 0 ? t('blood.standing.deferrals', { count: record.deferrals }) : null]
        .filter(Boolean)
        .join('，'),
    },
    { key: 'volume', label: t('blood.standing.volume'), children: t('blood.standing.volumeValue', { ml: record.wholeBloodMl, units: record.plateletUnits }) },
    {
      key: 'last',
      label: t('blood.standing.last'),
      children: last ? `${last.date} ${t(`blood.kinds.${last.kind}`)} ${measureText(t, last)}` : t('common.none'),
    },
    ...next,
    { key: 'honours', label: t('blood.standing.honours'), children: honourItem(t, record) },
  ];
}

export function DonorStanding({ personId }: Props) {
  const { t } = useTranslation();
  const revision = useBloodView((s) => s.revision);
  const donor = useApiQuery('blood.donor', { personId }, revision);
  if (donor.error !== undefined) return <Alert type="error" showIcon title={describeError(t, donor.error)} />;
  if (donor.data === undefined || donor.data.personId !== personId) return <Skeleton active paragraph={{ rows: 4 }} />;
  return (
    <Descriptions
      aria-label={t('blood.standing.title')}
      column={1}
      bordered
      size="small"
      items={items(t, donor.data)}
      styles={{ label: { width: 120 } }}
    />
  );
}
