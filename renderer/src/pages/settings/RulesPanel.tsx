// Every rule in the versioned rule table: what it is, the value in force, since when and on
// what authority, and its earlier versions. Editing adds a version (RuleEditModal).
import { Alert, Button, List, Table, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleState, RuleVersion } from '../../../../electron/contract/rules';
import { describeError } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import { formatInstant } from '../../format';
import { RuleEditModal } from './RuleEditModal';
import { ruleLabels, ruleValueText } from './ruleText';

const since = (t: TFunction, v: RuleVersion) => (v.effectiveFrom === null ? t('rules.shipped') : t('rules.since', { date: v.effectiveFrom }));

function History({ rule }: { readonly rule: RuleState }) {
  const { t } = useTranslation();
  const labels = ruleLabels(t, rule.key);
  return (
    <List<RuleVersion>
      size="small"
      header={<Typography.Text strong>{t('rules.history', { count: rule.history.length })}</Typography.Text>}
      dataSource={[...rule.history]}
      renderItem={(v) => (
        <List.Item>
          <List.Item.Meta
            title={`${since(t, v)}：${ruleValueText(t, labels, v.value)}`}
            description={[
              `${t('rules.source')}：${v.source}`,
              v.note ? `${t('rules.note')}：${v.note}` : null,
              v.createdBy && v.createdAt ? t('rules.by', { who: v.createdBy, at: formatInstant(v.createdAt) }) : null,
            ]
              .filter(Boolean)
              .join('　')}
          />
        </List.Item>
      )}
    />
  );
}

export function RulesPanel() {
  const { t } = useTranslation();
  const [revision, setRevision] = useState(0);
  const [editing, setEditing] = useState<RuleState | null>(null);
  const rules = useApiQuery('rules.list', {}, revision);

  const columns: TableColumnsType<RuleState> = [
    { title: t('rules.title'), key: 'label', width: 200, render: (_, r) => <Typography.Text strong>{ruleLabels(t, r.key).label}</Typography.Text> },
    { title: t('rules.value'), key: 'value', render: (_, r) => ruleValueText(t, ruleLabels(t, r.key), r.current.value) },
    { title: t('rules.effectiveFrom'), key: 'since', width: 130, render: (_, r) => since(t, r.current) },
    {
      title: t('rules.source'),
      key: 'source',
      width: 260,
      render: (_, r) => (
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, tooltip: r.current.source }} style={{ marginBottom: 0 }}>
          {r.current.source}
        </Typography.Paragraph>
      ),
    },
    {
      key: 'edit',
      width: 80,
      render: (_, r) => (
        <Button size="small" aria-label={`${t('rules.edit')} ${ruleLabels(t, r.key).label}`} onClick={() => setEditing(r)}>
          {t('rules.edit')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <Typography.Paragraph type="secondary">{t('rules.intro')}</Typography.Paragraph>
      {rules.error !== undefined ? <Alert type="error" showIcon title={describeError(t, rules.error)} /> : null}
      <Table<RuleState>
        rowKey="key"
        size="middle"
        columns={columns}
        dataSource={rules.data ? [...rules.data] : undefined}
        loading={rules.loading}
        pagination={false}
        expandable={{ expandedRowRender: (r) => <History rule={r} /> }}
      />
      <RuleEditModal
        rule={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          setRevision((n) => n + 1);
        }}
      />
    </>
  );
}
