// 疑似重复: people who may be one person registered twice, group by group, for staff to check
// and merge. Two people of a group are compared side by side before anything is merged.
import { MergeCellsOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Modal, Skeleton, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicateGroup, PersonSummary } from '../../../../electron/contract/people';
import { describeError } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import { formatInstant } from '../../format';
import { MergeComparison } from './MergeComparison';

interface Props {
  readonly onOpen: (personId: number) => void;
  /** After a merge: the list of everyone changed too. */
  readonly onMerged: () => void;
}

function GroupCard({ group, onOpen, onCompare }: { readonly group: DuplicateGroup; readonly onOpen: (id: number) => void; readonly onCompare: (ids: [number, number]) => void }) {
  const { t } = useTranslation();
  // A pair is compared; with two people it is simply them.
  const [selected, setSelected] = useState<number[]>(group.people.length === 2 ? group.people.map((p) => p.id) : []);
  const none = t('common.none');
  const title = group.reason === 'name_birth' ? t('duplicates.nameBirth', { name: group.name, date: group.birthDate }) : t('duplicates.phone', { phone: group.phoneMasked });
  const columns: TableColumnsType<PersonSummary> = [
    { title: t('person.id'), dataIndex: 'id', width: 72 },
    {
      title: t('person.name'),
      dataIndex: 'name',
      render: (name: string, p) => (
        <Button type="link" style={{ padding: 0, height: 'auto' }} onClick={() => onOpen(p.id)}>
          {name}
        </Button>
      ),
    },
    { title: t('person.sex'), dataIndex: 'sex', width: 64, render: (sex: PersonSummary['sex']) => (sex ? t(`sex.${sex}`) : none) },
    { title: t('person.birthDate'), dataIndex: 'birthDate', width: 110, render: (d: string | null) => d ?? none },
    { title: t('person.docNumber'), dataIndex: 'docNumberMasked', width: 190, render: (d: string | null) => d ?? none },
    { title: t('person.mobile'), dataIndex: 'mobileMasked', width: 130, render: (m: string | null) => m ?? none },
    { title: t('person.createdAt'), dataIndex: 'createdAt', width: 150, render: (at: string) => formatInstant(at) },
  ];
  return (
    <Card
      size="small"
      title={title}
      aria-label={title}
      extra={
        <Button icon={<MergeCellsOutlined aria-hidden />} disabled={selected.length !== 2} onClick={() => onCompare([selected[0], selected[1]])}>
          {t('duplicates.compare')}
        </Button>
      }
    >
      <Table<PersonSummary>
        rowKey="id"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={group.people}
        rowSelection={
          group.people.length > 2
            ? {
                selectedRowKeys: selected,
                // Exactly two are compared at a time: a third choice replaces the oldest.
                onChange: (keys) => setSelected((keys as number[]).slice(-2)),
                hideSelectAll: true,
              }
            : undefined
        }
      />
    </Card>
  );
}

export function DuplicatesView({ onOpen, onMerged }: Props) {
  const { t } = useTranslation();
  const [revision, setRevision] = useState(0);
  const [comparing, setComparing] = useState<[number, number] | null>(null);
  const review = useApiQuery('people.duplicates', {}, revision);

  let body;
  if (review.error !== undefined) body = <Alert type="error" showIcon title={describeError(t, review.error)} />;
  else if (review.data === undefined) body = <Skeleton active />;
  else if (review.data.groups.length === 0) body = <Empty description={t('duplicates.empty')} />;
  else {
    body = (
      <Flex vertical gap={16}>
        {review.data.truncated && <Alert type="warning" showIcon title={t('duplicates.truncated', { count: review.data.groups.length })} />}
        {review.data.groups.map((group) => (
          <GroupCard key={`${group.reason}:${group.people.map((p) => p.id).join(',')}`} group={group} onOpen={onOpen} onCompare={setComparing} />
        ))}
      </Flex>
    );
  }

  return (
    <>
      <Flex justify="space-between" align="start" gap={16} style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 760 }}>
          {t('duplicates.intro')}
        </Typography.Paragraph>
        <Button icon={<ReloadOutlined aria-hidden />} loading={review.loading} onClick={() => setRevision((n) => n + 1)}>
          {t('duplicates.refresh')}
        </Button>
      </Flex>
      {body}
      <Modal title={t('merge.title')} open={comparing !== null} width={900} footer={null} onCancel={() => setComparing(null)} destroyOnHidden>
        {comparing && (
          <MergeComparison
            ids={comparing}
            onMerged={() => {
              setComparing(null);
              setRevision((n) => n + 1);
              onMerged();
            }}
          />
        )}
      </Modal>
    </>
  );
}
