// Two records of one person side by side: staff choose which to keep, see which empty fields
// the other fills, and confirm — naming both — that the other is merged in and deleted. The
// registry does it in one transaction and logs it; it cannot be undone.
import { App, Alert, Button, Radio, Skeleton, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonDetail } from '../../../../electron/contract/people';
import { ApiError } from '../../../../electron/contract/errors';
import { api } from '../../api/client';
import { describeError, fieldErrorsOf } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import { catalogueTextOr } from '../../i18n/dynamic';
import { useEthnicityName } from './EthnicitySelect';
import { personFieldTexts, type PersonFieldText } from './personText';

interface Props {
  readonly ids: readonly [number, number];
  readonly onMerged: (keptId: number) => void;
}

/** The one with a document number, else the one registered first: usually the record to keep. */
const defaultKeep = (a: PersonDetail, b: PersonDetail) =>
  (a.docNumberMasked !== null) !== (b.docNumberMasked !== null) ? (a.docNumberMasked !== null ? a.id : b.id) : Math.min(a.id, b.id);

function useMergeErrorText() {
  const { t } = useTranslation();
  return (error: unknown) => {
    const details = error instanceof ApiError ? (error.details as { reason?: string; table?: string } | undefined) : undefined;
    if (error instanceof ApiError && details?.reason === 'MERGE_CONFLICT' && details.table) {
      return t('merge.errors.MERGE_CONFLICT', { table: catalogueTextOr(`audit.tables.${details.table}`, details.table) });
    }
    const fields = fieldErrorsOf(t, error);
    return fields.length > 0 ? fields.map((f) => f.message).join('；') : describeError(t, error);
  };
}

interface Row {
  readonly key: string;
  readonly label: string;
  readonly a: string | null;
  readonly b: string | null;
}

export function MergeComparison({ ids, onMerged }: Props) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const ethnicityName = useEthnicityName();
  const errorText = useMergeErrorText();
  const a = useApiQuery('people.get', { id: ids[0] });
  const b = useApiQuery('people.get', { id: ids[1] });
  const [keepId, setKeepId] = useState<number | null>(null);

  const error = a.error ?? b.error;
  if (error !== undefined) return <Alert type="error" showIcon title={describeError(t, error)} />;
  if (a.data?.id !== ids[0] || b.data?.id !== ids[1]) return <Skeleton active />;
  const [first, second] = [a.data, b.data];
  const kept = keepId ?? defaultKeep(first, second);
  const keptPerson = kept === first.id ? first : second;
  const mergedPerson = kept === first.id ? second : first;

  const texts = (p: PersonDetail) => personFieldTexts(t, ethnicityName, p);
  const [ta, tb] = [texts(first), texts(second)];
  const rows: Row[] = ta.map((field: PersonFieldText, i) => ({ key: field.key, label: field.label, a: field.text, b: tb[i].text }));
  const none = t('common.none');
  const cell = (text: string | null, other: string | null, isKept: boolean) => (
    <>
      <Typography.Text type={text === null ? 'secondary' : undefined}>{text ?? none}</Typography.Text>
      {!isKept && text !== null && other === null && <Tag color="green" style={{ marginInlineStart: 8 }}>{t('merge.fills')}</Tag>}
    </>
  );
  const header = (p: PersonDetail) => (
    <Radio checked={kept === p.id} onChange={() => setKeepId(p.id)}>
      {`${p.name}（${t('person.id')} ${p.id}）`} {kept === p.id ? <Tag color="blue">{t('merge.kept')}</Tag> : <Tag>{t('merge.mergedAway')}</Tag>}
    </Radio>
  );
  const columns: TableColumnsType<Row> = [
    { title: '', dataIndex: 'label', width: 110 },
    { title: header(first), dataIndex: 'a', render: (_: unknown, row) => cell(row.a, row.b, kept === first.id) },
    { title: header(second), dataIndex: 'b', render: (_: unknown, row) => cell(row.b, row.a, kept === second.id) },
  ];

  const confirm = () =>
    modal.confirm({
      title: t('merge.confirmTitle'),
      content: (
        <>
          <Typography.Paragraph>
            {t('merge.confirmBody', { mergeName: mergedPerson.name, mergeId: mergedPerson.id, keepName: keptPerson.name, keepId: keptPerson.id })}
          </Typography.Paragraph>
          <Typography.Text strong type="danger">
            {t('merge.irreversible')}
          </Typography.Text>
        </>
      ),
      okText: t('merge.confirm'),
      okButtonProps: { danger: true },
      // Destructive: Enter must not merge by accident.
      focusable: { autoFocusButton: 'cancel' },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await api.call('people.merge', { keepId: keptPerson.id, mergeId: mergedPerson.id });
          void message.success(t('merge.done', { id: keptPerson.id }));
          onMerged(keptPerson.id);
        } catch (failure) {
          modal.error({ title: t('merge.failed'), content: errorText(failure) });
        }
      },
    });

  return (
    <>
      <Typography.Paragraph type="secondary">{t('merge.intro')}</Typography.Paragraph>
      <Table<Row> rowKey="key" size="small" bordered pagination={false} columns={columns} dataSource={rows} />
      <Button danger type="primary" style={{ marginTop: 16 }} onClick={confirm}>
        {t('merge.submit')}
      </Button>
    </>
  );
}
