// The blood section of a person's record (see people/personSections.ts).
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PersonSectionProps } from '../people/personSections';
import { DonorStanding } from './DonorStanding';

export function BloodPersonSection({ personId }: PersonSectionProps) {
  const { t } = useTranslation();
  return (
    <section style={{ marginTop: 24 }}>
      <Typography.Title level={5}>{t('blood.standing.title')}</Typography.Title>
      <DonorStanding personId={personId} />
    </section>
  );
}
