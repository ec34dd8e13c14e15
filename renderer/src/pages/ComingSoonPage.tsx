// Placeholder for a program whose screens are not built yet: its heading and what it will hold.
import { Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  readonly module: 'blood' | 'stemcell' | 'organ' | 'wristband' | 'exchange';
}

export function ComingSoonPage({ module }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={3}>{t(`modules.${module}.heading`)}</Typography.Title>
      <Result status="info" title={t('modules.comingSoon')} subTitle={t(`modules.${module}.description`)} />
    </>
  );
}
