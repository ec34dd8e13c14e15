// People the sheet names who are already registered: what differs (masked like the registry
// masks it) and, for all of them or row by row, whether to skip, fill empty fields or overwrite.
import { Flex, Segmented, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DUPLICATE_ACTIONS, type DuplicateAction, type RegistryDuplicate } from '../../../../electron/contract/imports';
import { useApiQuery } from '../../api/useApiQuery';

const PAGE = 10;

export interface DuplicateChoices {
  readonly onDuplicate: DuplicateAction;
  readonly decisions: Readonly<Record<string, DuplicateAction>>;
}

interface Props {
  readonly jobId: string;
  readonly count: number;
  readonly choices: DuplicateChoices;
  readonly onChange: (choices: DuplicateChoices) => void;
}

export function ImportDuplicates({ jobId, count, choices, onChange }: Props) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const duplicates = useApiQuery('imports.duplicates', { jobId, offset: (page - 1) * PAGE, limit: PAGE });
  const actionOptions = DUPLICATE_ACTIONS.map((a) => ({ value: a, label: t(`imports.actions.${a}`) }));

  const columns: TableColumnsType<RegistryDuplicate> = [
    { title: t('imports.columns.row'), dataIndex: 'row', width: 70 },
    { title: t('imports.columns.name'), dataIndex: 'name', width: 110 },
    { title: t('imports.columns.document'), dataIndex: 'docNumberMasked', width: 190 },
    {
      title: t('imports.columns.changes'),
      key: 'changes',
      render: (_, d) =>
        d.changes.length === 0 ? (
          <Typography.Text type="secondary">{t('imports.same')}</Typography.Text>
        ) : (
          <Flex vertical>
            {d.changes.map((c) => (
              <span key={c.field}>
                {t(`person.${c.field as 'name'}`)}：<Typography.Text delete>{c.registry ?? '—'}</Typography.Text> → <Typography.Text strong>{c.sheet}</Typography.Text>
              </span>
            ))}
          </Flex>
        ),
    },
    {
      title: t('imports.columns.action'),
      key: 'action',
      width: 230,
      render: (_, d) => (
        <Select
          aria-label={`${t('imports.columns.action')} ${d.row}`}
          style={{ width: 210 }}
          value={choices.decisions[String(d.row)] ?? choices.onDuplicate}
          onChange={(action: DuplicateAction) => onChange({ ...choices, decisions: { ...choices.decisions, [String(d.row)]: action } })}
          options={actionOptions}
        />
      ),
    },
  ];

  return (
    <Flex vertical gap={8}>
      <Typography.Title level={5}>{t('imports.duplicatesTitle', { count })}</Typography.Title>
      <Flex gap={8} align="center">
        <span>{t('imports.duplicatesForAll')}</span>
        <Segmented<DuplicateAction>
          aria-label={t('imports.duplicatesForAll')}
          value={choices.onDuplicate}
          // Choosing for all replaces the choices made row by row.
          onChange={(action) => onChange({ onDuplicate: action, decisions: {} })}
          options={actionOptions}
        />
      </Flex>
      <Table<RegistryDuplicate>
        size="small"
        rowKey="row"
        columns={columns}
        dataSource={duplicates.data?.rows}
        loading={duplicates.loading}
        pagination={{ current: page, pageSize: PAGE, total: duplicates.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
      />
    </Flex>
  );
}
