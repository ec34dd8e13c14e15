// A drive's counts and totals, as the registry summed them from the donations.
import { Flex, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DriveTotals as Totals } from '../../../../electron/contract/blood';

export function DriveTotals({ totals }: { readonly totals: Totals }) {
  const { t } = useTranslation();
  const people = t('blood.suffix.people');
  return (
    <Flex gap={32} wrap role="group" aria-label={t('blood.drives.detailTitle')}>
      <Statistic title={t('blood.drives.came')} value={totals.came} suffix={people} />
      <Statistic title={t('blood.drives.deferred')} value={totals.deferred} suffix={people} />
      <Statistic title={t('blood.drives.donated')} value={totals.donated} suffix={people} />
      <Statistic title={t('blood.drives.wholeBlood')} value={totals.wholeBloodMl} suffix={t('blood.suffix.ml')} />
      <Statistic title={t('blood.drives.platelets')} value={totals.plateletUnits} suffix={t('blood.suffix.units')} />
    </Flex>
  );
}
