// One version of a pledge as the registry holds it, and the history of all versions.
import { Descriptions, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PledgeStatus, PledgeVersion } from '../../../../electron/contract/organ';
import { formatInstant } from '../../format';
import { PledgeKinds } from './PledgeKinds';

const STATUS_COLORS: Readonly<Record<PledgeStatus, string>> = { active: 'green', changed: 'default', revoked: 'red' };

export function PledgeStatusTag({ status }: { readonly status: PledgeStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`organ.statuses.${status}`)}</Tag>;
}

export function PledgeVersionView({ pledge }: { readonly pledge: PledgeVersion }) {
  const { t } = useTranslation();
  const none = t('common.none');
  return (
    <Descriptions
      column={1}
      bordered
      size="small"
      styles={{ label: { width: 130, whiteSpace: 'nowrap' } }}
      items={[
        { key: 'status', label: t('organ.fields.status'), children: <PledgeStatusTag status={pledge.status} /> },
        { key: 'kinds', label: t('organ.fields.kinds'), children: <PledgeKinds {...pledge} /> },
        { key: 'card', label: t('organ.fields.cardNumber'), children: pledge.cardNumber },
        { key: 'registered', label: t('organ.fields.registeredOn'), children: pledge.registeredOn },
        { key: 'effective', label: t('organ.fields.effectiveOn'), children: pledge.effectiveOn },
        ...(pledge.status === 'revoked'
          ? [
              { key: 'revoked', label: t('organ.fields.revokedOn'), children: pledge.revokedOn },
              { key: 'reason', label: t('organ.fields.reason'), children: pledge.revocationReason ?? none },
            ]
          : []),
        ...(pledge.executor
          ? [
              {
                key: 'executor',
                label: t('organ.fields.executor'),
                children: `${pledge.executor.name}（${t(`organ.executorRelations.${pledge.executor.relation}`)}）${pledge.executor.phone}`,
              },
            ]
          : []),
        {
          key: 'consents',
          label: t('organ.fields.familyConsents'),
          children:
            pledge.familyConsents.length === 0
              ? t('organ.noConsents')
              : pledge.familyConsents.map((c, i) => (
                  <div key={i}>
                    {c.name}（{t(`organ.consentRelations.${c.relation}`)}）{c.date}
                  </div>
                )),
        },
        {
          key: 'witnesses',
          label: t('organ.fields.witnesses'),
          children:
            pledge.witnesses.length === 0
              ? t('organ.noWitnesses')
              : pledge.witnesses.map((w, i) => (
                  <div key={i}>
                    {w.name} {w.phone}
                  </div>
                )),
        },
        { key: 'notes', label: t('organ.fields.notes'), children: pledge.notes ?? none },
      ]}
    />
  );
}

/** Every version, newest first: what was pledged from when, and what ended it. */
export function PledgeHistory({ history }: { readonly history: readonly PledgeVersion[] }) {
  const { t } = useTranslation();
  return (
    <Timeline
      items={history.map((v, i) => ({
        key: v.id,
        color: STATUS_COLORS[v.status] === 'default' ? 'gray' : STATUS_COLORS[v.status],
        content: (
          <>
            <Typography.Text strong>
              {v.effectiveOn} {t('organ.version', { n: history.length - i })}
            </Typography.Text>{' '}
            <PledgeStatusTag status={v.status} />
            <div>
              <PledgeKinds {...v} /> {v.cardNumber}
            </div>
            {v.status === 'revoked' && (
              <div>
                {t('organ.fields.revokedOn')} {v.revokedOn}
                {v.revocationReason ? ` · ${v.revocationReason}` : ''}
              </div>
            )}
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {t('organ.recordedBy', { by: v.recordedBy, at: formatInstant(v.recordedAt) })}
            </Typography.Text>
          </>
        ),
      }))}
    />
  );
}
