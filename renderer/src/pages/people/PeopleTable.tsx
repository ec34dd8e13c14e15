// One page of people from the registry, paged by the registry (never the whole table).
import { Button, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../../../../electron/contract/people';
import { describeError } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import { formatInstant } from '../../format';
import { usePeopleView } from '../../store/people';
import { RevealableDocNumber } from './RevealableDocNumber';

interface Props {
  readonly onOpen: (personId: number) => void;
}

export function PeopleTable({ onOpen }: Props) {
  const { t } = useTranslation();
  const { query, page, pageSize, revision, turnPage } = usePeopleView();
  const people = useApiQuery(
    'people.list',
    { query: query === '' ? undefined : query, offset: (page - 1) * pageSize, limit: pageSize },
    revision,
  );
  const none = t('common.none');

  const columns: TableColumnsType<PersonSummary> = [
    {
      title: t('person.name'),
      dataIndex: 'name',
      render: (name: string, person) => (
        <Button type="link" style={{ padding: 0, height: 'auto' }} onClick={() => onOpen(person.id)}>
          {name}
        </Button>
      ),
    },
    { title: t('person.sex'), dataIndex: 'sex', width: 72, render: (sex: PersonSummary['sex']) => (sex ? t(`sex.${sex}`) : none) },
    { title: t('person.birthDate'), dataIndex: 'birthDate', width: 120, render: (date: string | null) => date ?? none },
    {
      title: t('person.docNumber'),
      dataIndex: 'docNumberMasked',
      width: 300,
      render: (masked: string | null, person) => <RevealableDocNumber key={person.id} personId={person.id} masked={masked} />,
    },
    { title: t('person.mobile'), dataIndex: 'mobileMasked', width: 140, render: (mobile: string | null) => mobile ?? none },
    { title: t('person.createdAt'), dataIndex: 'createdAt', width: 160, render: (at: string) => formatInstant(at) },
  ];

  return (
    <Table<PersonSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={people.data?.rows}
      loading={people.loading}
      locale={{ emptyText: people.error ? describeError(t, people.error) : query ? t('people.emptySearch') : t('people.empty') }}
      pagination={{
        current: page,
        pageSize,
        total: people.data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100],
        showTotal: (count) => t('people.total', { count }),
        onChange: turnPage,
      }}
    />
  );
}
