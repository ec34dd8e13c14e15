// A donor's next date for one kind in a table cell: "今天可献", the date, or "never", with the
// reasons for waiting on hover.
import { Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KindEligibility } from '../../../../electron/contract/blood';
import { breakText } from './text';

export function NextDateCell({ eligibility }: { readonly eligibility: KindEligibility }) {
  const { t } = useTranslation();
  if (eligibility.eligible) return <Tag color="success">{t('blood.eligibleToday')}</Tag>;
  const reasons = eligibility.reasons.map((r) => breakText(t, r)).join('\n');
  return (
    <Tooltip title={<span style={{ whiteSpace: 'pre-line' }}>{reasons}</span>}>
      <Typography.Text type={eligibility.nextDate ? undefined : 'secondary'}>{eligibility.nextDate ?? t('blood.never')}</Typography.Text>
    </Tooltip>
  );
}
