// A volunteer's status as a coloured tag; a withdrawal after a match says 悔捐 beside it.
import { Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EnrollmentStatus, EnrollmentSummary } from '../../../../electron/contract/stemcell';

const COLORS: Readonly<Record<EnrollmentStatus, string>> = {
  registered: 'default',
  sample_scheduled: 'gold',
  sampled: 'orange',
  typed: 'blue',
  preliminary_match: 'purple',
  high_resolution: 'magenta',
  workup: 'volcano',
  donated: 'green',
  withdrawn: 'default',
};

type Props = Pick<EnrollmentSummary, 'status' | 'withdrawnFrom' | 'withdrawalReason' | 'regret'>;

export function StatusTag({ status, withdrawnFrom, withdrawalReason, regret }: Props) {
  const { t } = useTranslation();
  const tag = <Tag color={COLORS[status]}>{t(`stemcell.status.${status}`)}</Tag>;
  if (status !== 'withdrawn' || withdrawnFrom === null) return tag;
  const why = `${t('stemcell.withdrawnFrom', { stage: t(`stemcell.status.${withdrawnFrom}`) })} · ${withdrawalReason} ${withdrawalReason ? t(`stemcell.reasons.${withdrawalReason}`) : ''}`;
  return (
    <Tooltip title={why}>
      <Space size={0}>
        {tag}
        {regret && (
          <Tag color="red" title={t('stemcell.regretHint')}>
            {t('stemcell.regret')}
          </Tag>
        )}
      </Space>
    </Tooltip>
  );
}
