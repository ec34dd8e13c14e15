// The batches made so far, newest first: kind, when and by whom, rows, status, and what can be
// done with each — download (xlsx or csv), regenerate, mark submitted, close, reopen.
import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, Flex, Progress, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { BatchStatus, ExportBatch, ExportBatchPage } from '../../../../electron/contract/exports';
import { formatInstant } from '../../format';
import type { DownloadState } from './useBatchDownload';

const STATUS_COLORS: Readonly<Record<BatchStatus, string>> = { created: 'blue', submitted: 'gold', closed: 'green', reopened: 'default' };

interface Props {
  readonly page: ExportBatchPage | undefined;
  readonly loading: boolean;
  readonly current: number;
  readonly pageSize: number;
  readonly onPage: (page: number) => void;
  readonly download: DownloadState | null;
  readonly onDownload: (batch: ExportBatch, format: 'xlsx' | 'csv') => void;
  readonly onRegenerate: (batch: ExportBatch) => void;
  readonly onSubmit: (batch: ExportBatch) => void;
  readonly onClose: (batch: ExportBatch) => void;
  readonly onReopen: (batch: ExportBatch) => void;
}

export function BatchesTable(props: Props) {
  const { t } = useTranslation();
  const { download } = props;

  const scopeText = (b: ExportBatch) =>
    b.scope.driveId !== undefined
      ? t('exports.detail.scopeDrive', { id: b.scope.driveId })
      : b.scope.from !== undefined
        ? t('exports.detail.scopeRange', { from: b.scope.from, to: b.scope.to })
        : null;

  const actions = (b: ExportBatch) => {
    if (download?.batchId === b.id) {
      return <Progress size="small" percent={download.percent} status="active" format={() => t(`exports.progress.${download.phase}`)} style={{ width: 180 }} />;
    }
    const busy = download !== null;
    return (
      <Space size={4} wrap>
        <Dropdown
          disabled={busy}
          menu={{
            items: [
              { key: 'xlsx', label: t('exports.actions.downloadXlsx') },
              { key: 'csv', label: t('exports.actions.downloadCsv') },
            ],
            onClick: ({ key }) => props.onDownload(b, key as 'xlsx' | 'csv'),
          }}
        >
          <Button size="small" disabled={busy}>
            {t('exports.actions.download')} <DownOutlined aria-hidden />
          </Button>
        </Dropdown>
        <Button size="small" disabled={busy} onClick={() => props.onRegenerate(b)}>
          {t('exports.actions.regenerate')}
        </Button>
        {b.status === 'created' && (
          <Button size="small" onClick={() => props.onSubmit(b)}>
            {t('exports.actions.submit')}
          </Button>
        )}
        {(b.status === 'created' || b.status === 'submitted') && (
          <Button size="small" type="primary" ghost onClick={() => props.onClose(b)}>
            {t('exports.actions.close')}
          </Button>
        )}
        {b.status !== 'reopened' && (
          <Button size="small" danger onClick={() => props.onReopen(b)}>
            {t('exports.actions.reopen')}
          </Button>
        )}
      </Space>
    );
  };

  const columns: ColumnsType<ExportBatch> = [
    { key: 'id', title: t('exports.columns.id'), dataIndex: 'id', width: 70 },
    {
      key: 'kind',
      title: t('exports.columns.kind'),
      render: (_, b) => (
        <Flex vertical>
          <span>{t(`exports.kinds.${b.kind}`)}</span>
          {scopeText(b) && <Typography.Text type="secondary">{scopeText(b)}</Typography.Text>}
        </Flex>
      ),
    },
    { key: 'createdAt', title: t('exports.columns.createdAt'), render: (_, b) => formatInstant(b.createdAt), width: 150 },
    { key: 'createdBy', title: t('exports.columns.createdBy'), dataIndex: 'createdBy', width: 100 },
    { key: 'rows', title: t('exports.columns.rows'), dataIndex: 'rows', align: 'right', width: 80 },
    {
      key: 'status',
      title: t('exports.columns.status'),
      width: 120,
      render: (_, b) => <Tag color={STATUS_COLORS[b.status]}>{t(`exports.statuses.${b.status}`)}</Tag>,
    },
    { key: 'actions', title: t('exports.columns.actions'), render: (_, b) => actions(b) },
  ];

  return (
    <Table<ExportBatch>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={props.page?.rows ?? []}
      loading={props.loading}
      locale={{ emptyText: t('exports.empty') }}
      expandable={{
        rowExpandable: () => true,
        expandedRowRender: (b) => (
          <Flex vertical gap={4}>
            <Typography.Text>
              {t('exports.detail.file')}：{b.fileName}
            </Typography.Text>
            <Typography.Text type="secondary" copyable={{ text: b.sha256 }}>
              {t('exports.detail.sha')}：{b.sha256}
            </Typography.Text>
            {b.submittedAt && <Typography.Text>{t('exports.detail.submitted', { at: formatInstant(b.submittedAt), by: b.submittedBy })}</Typography.Text>}
            {b.closedAt && <Typography.Text>{t('exports.detail.closed', { at: formatInstant(b.closedAt), by: b.closedBy })}</Typography.Text>}
            {b.closeResult && <Typography.Text>{t('exports.result.closeCounts', { ...b.closeResult })}</Typography.Text>}
            {b.reopenedAt && <Typography.Text>{t('exports.detail.reopened', { at: formatInstant(b.reopenedAt), by: b.reopenedBy, reason: b.reopenReason })}</Typography.Text>}
          </Flex>
        ),
      }}
      pagination={{
        current: props.current,
        pageSize: props.pageSize,
        total: props.page?.total ?? 0,
        showTotal: (total) => t('exports.total', { count: total }),
        onChange: props.onPage,
      }}
    />
  );
}
