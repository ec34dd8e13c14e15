// The pledge part of a person's record: the pledge in force (or revoked) and its history.
import { Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import type { PersonSectionProps } from '../people/personSections';
import { PledgeHistory, PledgeVersionView } from './PledgeVersionView';

export function OrganSection({ personId }: PersonSectionProps) {
  const { t } = useTranslation();
  const query = useApiQuery('organ.get', { personId });
  const body = () => {
    if (query.error !== undefined) return <Typography.Text type="danger">{describeError(t, query.error)}</Typography.Text>;
    if (query.loading || query.data === undefined) return <Skeleton active paragraph={{ rows: 2 }} />;
    const { current, history } = query.data;
    if (current === null) return <Typography.Text type="secondary">{t('organ.section.none')}</Typography.Text>;
    return (
      <>
        <PledgeVersionView pledge={current} />
        {history.length > 1 && (
          <div style={{ marginTop: 16 }}>
            <PledgeHistory history={history} />
          </div>
        )}
      </>
    );
  };
  return (
    <section aria-label={t('organ.section.title')} style={{ marginTop: 24 }}>
      <Typography.Title level={5}>{t('organ.section.title')}</Typography.Title>
      {body()}
    </section>
  );
}
