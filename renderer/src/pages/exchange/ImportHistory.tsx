// 导入记录: every committed import — the file, what it held, the counts, who and when.
import { Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportKind, ImportRecord } from '../../../../electron/contract/imports';
import { useApiQuery } from '../../api/useApiQuery';

const PAGE = 20;

export function ImportHistory({ revision }: { readonly revision: number }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const list = useApiQuery('imports.list', { offset: (page - 1) * PAGE, limit: PAGE }, revision);
  const columns: TableColumnsType<ImportRecord> = [
    { title: t('imports.columns.importedAt'), dataIndex: 'importedAt', width: 170, render: (at: string) => new Date(at).toLocaleString() },
    { title: t('imports.columns.fileName'), dataIndex: 'fileName' },
    { title: t('imports.columns.kind'), dataIndex: 'kind', width: 200, render: (k: ImportKind) => t(`imports.kinds.${k}`) },
    { title: t('imports.columns.rows'), dataIndex: 'rows', width: 80 },
    { title: t('imports.columns.created'), dataIndex: 'created', width: 80 },
    { title: t('imports.columns.updated'), dataIndex: 'updated', width: 80 },
    { title: t('imports.columns.skipped'), dataIndex: 'skipped', width: 80 },
    { title: t('imports.columns.invalid'), dataIndex: 'invalid', width: 80 },
    { title: t('imports.columns.importedBy'), dataIndex: 'importedBy', width: 110 },
  ];
  return (
    <Table<ImportRecord>
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={list.data?.rows}
      loading={list.loading}
      locale={{ emptyText: t('imports.historyEmpty') }}
      pagination={{ current: page, pageSize: PAGE, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
    />
  );
}
