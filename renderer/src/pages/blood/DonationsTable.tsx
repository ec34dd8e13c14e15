// Donations and deferred visits, newest first, one page at a time from the registry. Used by
// the 献血记录 tab and by a drive's record.
import { Button, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Donation } from '../../../../electron/contract/blood';
import type { InputOf } from '../../../../electron/contract/methods';
import { describeError } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import { useBloodView } from './bloodView';
import { DeleteDonationButton } from './DeleteDonationButton';
import { measureText } from './text';

type Filter = Omit<InputOf<'blood.listDonations'>, 'offset' | 'limit'>;

interface Props {
  readonly filter: Filter;
  readonly page: number;
  readonly pageSize: number;
  readonly onPage: (page: number, pageSize: number) => void;
  readonly onOpenPerson?: (personId: number) => void;
  /** A drive's own list does not repeat the drive in every row. */
  readonly showDrive?: boolean;
}

export function DonationsTable({ filter, page, pageSize, onPage, onOpenPerson, showDrive = true }: Props) {
  const { t } = useTranslation();
  const revision = useBloodView((s) => s.revision);
  const list = useApiQuery('blood.listDonations', { ...filter, offset: (page - 1) * pageSize, limit: pageSize }, revision);

  const columns: TableColumnsType<Donation> = [
    { title: t('blood.donations.dates'), dataIndex: 'date', width: 116 },
    {
      title: t('person.name'),
      dataIndex: 'personName',
      render: (name: string, d) =>
        onOpenPerson ? (
          <Button type="link" style={{ padding: 0, height: 'auto' }} onClick={() => onOpenPerson(d.personId)}>
            {name}
          </Button>
        ) : (
          name
        ),
    },
    { title: t('blood.form.kind'), dataIndex: 'kind', width: 120, render: (k: Donation['kind']) => t(`blood.kinds.${k}`) },
    {
      title: t('blood.form.outcome'),
      dataIndex: 'outcome',
      width: 100,
      render: (o: Donation['outcome']) => <Tag color={o === 'donated' ? 'red' : 'default'}>{t(`blood.outcomes.${o}`)}</Tag>,
    },
    { title: t('blood.donations.measure'), key: 'measure', render: (_, d) => measureText(t, d) },
    ...(showDrive ? [{ title: t('blood.form.drive'), dataIndex: 'driveSite', render: (site: string | null) => site ?? t('common.none') }] : []),
    { title: t('blood.form.certificateNo'), dataIndex: 'certificateNo', width: 150, render: (no: string | null) => no ?? t('common.none') },
    {
      key: 'actions',
      width: 130,
      render: (_, d) => (
        <>
          {d.overrideReason ? (
            <Tooltip title={d.overrideReason}>
              <Tag color="warning">{t('blood.overridden')}</Tag>
            </Tooltip>
          ) : null}
          <DeleteDonationButton donation={d} />
        </>
      ),
    },
  ];

  return (
    <Table<Donation>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={list.data?.rows}
      loading={list.loading}
      locale={{ emptyText: list.error ? describeError(t, list.error) : t('blood.donations.empty') }}
      pagination={{
        current: page,
        pageSize,
        total: list.data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100],
        showTotal: (count) => t('blood.donations.total', { count }),
        onChange: onPage,
      }}
    />
  );
}
