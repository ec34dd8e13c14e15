// 审计日志: every change, reveal and sign-in, newest first, filtered by action, record type,
// staff member and dates, paged by the registry. Changes read as 字段：修改前 → 修改后.
import { Alert, DatePicker, Flex, Select, Table, Typography, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../electron/contract/audit';
import { describeError } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import { catalogueTextOr } from '../../i18n/dynamic';
import { auditChanges } from './auditChanges';

interface Filter {
  readonly action?: string;
  readonly entity?: string;
  readonly actor?: string;
  /** Whole local days, first and last included. */
  readonly days?: readonly [Dayjs, Dayjs];
}

const actionLabel = (action: string) => catalogueTextOr(`audit.actions.${action}`, action);
const entityLabel = (entity: string) => catalogueTextOr(`audit.entities.${entity}`, entity);

function Changes({ entry }: { readonly entry: AuditEntry }) {
  const { t, i18n } = useTranslation();
  const { summary, rows } = auditChanges(t, i18n.language === 'en', entry);
  if (summary.length === 0 && rows.length === 0) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  // A creation has no "before": its fields read as one line, so the log stays scannable.
  if (summary.length === 0 && rows.every((row) => row.before === undefined)) {
    return <Typography.Text>{rows.map((row) => `${row.field}：${row.after}`).join('；')}</Typography.Text>;
  }
  return (
    <Flex vertical gap={2}>
      {summary.map((line) => (
        <Typography.Text key={line}>{line}</Typography.Text>
      ))}
      {rows.map((row) => (
        <span key={row.field}>
          <Typography.Text type="secondary">{row.field}：</Typography.Text>
          {row.before !== undefined && (
            <>
              <Typography.Text delete={row.after !== undefined}>{row.before}</Typography.Text>
              {row.after !== undefined && ' → '}
            </>
          )}
          {row.after !== undefined && <Typography.Text>{row.after}</Typography.Text>}
        </span>
      ))}
    </Flex>
  );
}

export function AuditLogPanel() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>({});
  const [page, setPage] = useState({ current: 1, size: 20 });
  const facets = useApiQuery('audit.facets', {});
  const log = useApiQuery('audit.list', {
    action: filter.action,
    entity: filter.entity,
    actor: filter.actor,
    from: filter.days?.[0].startOf('day').toISOString(),
    to: filter.days?.[1].add(1, 'day').startOf('day').toISOString(),
    offset: (page.current - 1) * page.size,
    limit: page.size,
  });

  const change = (patch: Partial<Filter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setPage((p) => ({ ...p, current: 1 }));
  };
  const options = (values: readonly string[] | undefined, label: (v: string) => string = (v) => v) =>
    (values ?? []).map((value) => ({ value, label: label(value) }));

  const columns: TableColumnsType<AuditEntry> = [
    { title: t('audit.at'), dataIndex: 'at', width: 170, render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm:ss') },
    { title: t('audit.actor'), dataIndex: 'actor', width: 110 },
    { title: t('audit.action'), dataIndex: 'action', width: 150, render: actionLabel },
    {
      title: t('audit.entity'),
      dataIndex: 'entity',
      width: 120,
      render: (entity: string, entry) => `${entityLabel(entity)}${entry.entityId === null ? '' : ` ${t('person.id')} ${entry.entityId}`}`,
    },
    { title: t('audit.changes'), key: 'changes', render: (_: unknown, entry) => <Changes entry={entry} /> },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex gap={12} wrap>
        <Select
          aria-label={t('audit.action')}
          placeholder={t('audit.action')}
          allowClear
          style={{ width: 180 }}
          options={options(facets.data?.actions, actionLabel)}
          value={filter.action}
          onChange={(action?: string) => change({ action })}
        />
        <Select
          aria-label={t('audit.entity')}
          placeholder={t('audit.entity')}
          allowClear
          style={{ width: 140 }}
          options={options(facets.data?.entities, entityLabel)}
          value={filter.entity}
          onChange={(entity?: string) => change({ entity })}
        />
        <Select
          aria-label={t('audit.actor')}
          placeholder={t('audit.actor')}
          allowClear
          style={{ width: 140 }}
          options={options(facets.data?.actors)}
          value={filter.actor}
          onChange={(actor?: string) => change({ actor })}
        />
        <DatePicker.RangePicker
          aria-label={t('audit.dateRange')}
          value={filter.days ? [filter.days[0], filter.days[1]] : null}
          onChange={(days) => change({ days: days?.[0] && days[1] ? [days[0], days[1]] : undefined })}
        />
      </Flex>
      {log.error !== undefined && <Alert type="error" showIcon title={describeError(t, log.error)} />}
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={log.data?.rows}
        loading={log.loading}
        locale={{ emptyText: t('audit.empty') }}
        pagination={{
          current: page.current,
          pageSize: page.size,
          total: log.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (count) => t('audit.total', { count }),
          onChange: (current, size) => setPage({ current: size === page.size ? current : 1, size }),
        }}
      />
    </Flex>
  );
}
