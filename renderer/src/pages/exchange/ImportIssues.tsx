// The preview's issues, a page at a time, filtered by problem and level; each names the row as
// the sheet numbers it, so staff can find it in the file they were handed.
import { Flex, Select, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_ISSUE_CODES, type ImportIssue, type ImportIssueCode, type ImportPreview, type IssueSeverity } from '../../../../electron/contract/imports';
import { useApiQuery } from '../../api/useApiQuery';

const PAGE = 20;
const ANY = 'any';

export function ImportIssues({ jobId, preview }: { readonly jobId: string; readonly preview: ImportPreview }) {
  const { t } = useTranslation();
  const [code, setCode] = useState<ImportIssueCode>();
  const [severity, setSeverity] = useState<IssueSeverity>();
  const [page, setPage] = useState(1);
  const issues = useApiQuery('imports.issues', { jobId, code, severity, offset: (page - 1) * PAGE, limit: PAGE });
  const columnName = (field: string) => preview.columns[field] ?? field;

  const columns: TableColumnsType<ImportIssue> = [
    { title: t('imports.columns.row'), dataIndex: 'row', width: 80 },
    { title: t('imports.columns.field'), dataIndex: 'field', width: 140, render: columnName },
    {
      title: t('imports.columns.severity'),
      dataIndex: 'severity',
      width: 80,
      render: (s: IssueSeverity) => <Tag color={s === 'error' ? 'red' : 'gold'}>{t(`imports.severity.${s}`)}</Tag>,
    },
    { title: t('imports.columns.code'), dataIndex: 'code', width: 220, render: (c: ImportIssueCode) => t(`imports.codes.${c}`) },
    { title: t('imports.columns.message'), dataIndex: 'message' },
  ];
  const present = IMPORT_ISSUE_CODES.filter((c) => (preview.issueCounts[c] ?? 0) > 0);

  return (
    <Flex vertical gap={8}>
      <Flex gap={8}>
        <Select
          aria-label={t('imports.columns.code')}
          style={{ width: 280 }}
          value={code ?? ANY}
          onChange={(v) => {
            setCode(v === ANY ? undefined : (v as ImportIssueCode));
            setPage(1);
          }}
          options={[{ value: ANY, label: t('imports.allCodes') }, ...present.map((c) => ({ value: c, label: `${t(`imports.codes.${c}`)}（${preview.issueCounts[c]}）` }))]}
        />
        <Select
          aria-label={t('imports.columns.severity')}
          style={{ width: 160 }}
          value={severity ?? ANY}
          onChange={(v) => {
            setSeverity(v === ANY ? undefined : (v as IssueSeverity));
            setPage(1);
          }}
          options={[{ value: ANY, label: t('imports.allSeverities') }, { value: 'error', label: t('imports.severity.error') }, { value: 'warning', label: t('imports.severity.warning') }]}
        />
      </Flex>
      <Table<ImportIssue>
        size="small"
        rowKey={(i) => `${i.row}-${i.field}-${i.code}`}
        columns={columns}
        dataSource={issues.data?.rows}
        loading={issues.loading}
        pagination={{ current: page, pageSize: PAGE, total: issues.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
      />
    </Flex>
  );
}
