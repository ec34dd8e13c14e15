// The pledge form, for a new pledge and for a change (which keeps the version it replaces):
// what is pledged (organs optionally named), the card, family consents, witnesses, and the
// executor's fields, which appear when 遗体 is ticked.
import { Alert, App, Checkbox, Col, DatePicker, Form, Input, Row, Select, Typography } from 'antd';
import { FormModal } from '../../components/FormModal';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../electron/contract/errors';
import {
  EXECUTOR_RELATIONS,
  ORGANS,
  PLEDGE_KINDS,
  type ConsentRelation,
  type Executor,
  type Organ,
  type PersonPledges,
  type PledgeKind,
  type PledgeVersion,
} from '../../../../electron/contract/organ';
import { api } from '../../api/client';
import { notInFuture, toIsoDate } from '../stemcell/dates';
import { PersonPicker } from '../../components/PersonPicker';
import { useFormSubmit } from '../stemcell/useFormSubmit';
import { FamilyConsentFields, usePhoneRule, WitnessFields } from './PledgeListFields';

interface Props {
  /** null: closed; a version: change that pledge. */
  readonly mode: { readonly change: PledgeVersion | null } | null;
  readonly onClose: () => void;
  readonly onSaved: (pledges: PersonPledges) => void;
  /** The person already has a pledge in force: the caller opens it. */
  readonly onAlreadyPledged: (personId: number) => void;
}

interface Values {
  personId?: number;
  /** A new pledge's date. */
  registeredOn?: Dayjs;
  /** A change's date. */
  changedOn?: Dayjs;
  kinds: PledgeKind[];
  organs?: Organ[];
  cardNumber: string;
  familyConsents?: { name: string; relation: ConsentRelation; date: Dayjs }[];
  witnesses?: { name: string; phone: string }[];
  executor?: Executor;
  notes?: string;
}

function initialValues(pledge: PledgeVersion | null): Partial<Values> {
  if (pledge === null) return { registeredOn: dayjs(), kinds: [] };
  return {
    changedOn: dayjs(),
    kinds: [...pledge.kinds],
    organs: [...pledge.organs],
    cardNumber: pledge.cardNumber,
    familyConsents: pledge.familyConsents.map((c) => ({ ...c, date: dayjs(c.date) })),
    witnesses: [...pledge.witnesses],
    executor: pledge.executor ?? undefined,
    notes: pledge.notes ?? undefined,
  };
}

function ExecutorFields() {
  const { t } = useTranslation();
  const phoneRule = usePhoneRule();
  return (
    <>
      <div style={{ marginTop: 12 }}>
        <Typography.Text strong>{t('organ.fields.executor')}</Typography.Text>
        <Typography.Text type="secondary">（{t('organ.hints.executor')}）</Typography.Text>
      </div>
      <Row gutter={8} style={{ marginTop: 8 }}>
        <Col span={8}>
          <Form.Item name={['executor', 'name']} label={t('organ.fields.executorName')} rules={[{ required: true, whitespace: true, message: t('organ.required', { field: t('organ.fields.executorName') }) }]}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name={['executor', 'relation']} label={t('organ.fields.executorRelation')} rules={[{ required: true, message: t('organ.choose', { field: t('organ.fields.executorRelation') }) }]}>
            <Select options={EXECUTOR_RELATIONS.map((r) => ({ value: r, label: t(`organ.executorRelations.${r}`) }))} />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item
            name={['executor', 'phone']}
            label={t('organ.fields.executorPhone')}
            validateTrigger={['onChange', 'onBlur']}
            rules={[{ required: true, whitespace: true, message: t('organ.required', { field: t('organ.fields.executorPhone') }) }, phoneRule]}
          >
            <Input maxLength={30} placeholder={t('organ.placeholders.phone')} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

export function PledgeFormModal({ mode, onClose, onSaved, onAlreadyPledged }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const changing = mode?.change ?? null;
  const dateField = changing ? 'changedOn' : 'registeredOn';
  const kinds = Form.useWatch('kinds', form) ?? [];

  const content = (values: Values) => ({
    kinds: values.kinds,
    organs: values.kinds.includes('organs') ? (values.organs ?? []) : [],
    cardNumber: values.cardNumber,
    familyConsents: (values.familyConsents ?? []).map((c) => ({ ...c, date: toIsoDate(c.date) })),
    witnesses: values.witnesses ?? [],
    executor: values.kinds.includes('body') ? values.executor : undefined,
    notes: values.notes ?? '',
  });
  const { saving, submit } = useFormSubmit(
    'organ',
    form,
    ['personId', 'registeredOn', 'changedOn', 'kinds', 'organs', 'cardNumber', 'familyConsents', 'witnesses', 'executor', 'notes'],
    (values: Values) =>
      changing
        ? api.call('organ.change', { pledgeId: changing.id, changedOn: toIsoDate(values.changedOn!), ...content(values) })
        : api.call('organ.pledge', { personId: values.personId!, registeredOn: toIsoDate(values.registeredOn!), ...content(values) }),
    onSaved,
    (error, values) => {
      const pledged = error instanceof ApiError && error.code === 'DUPLICATE' && (error.details as { field?: string } | undefined)?.field === undefined;
      if (pledged && values.personId !== undefined) {
        void message.warning(t('organ.duplicate.pledge'));
        onAlreadyPledged(values.personId);
      }
      return pledged;
    },
  );

  return (
    <FormModal
      title={changing ? t('organ.changeTitle') : t('organ.formTitle')}
      form={form}
      saving={saving}
      open={mode !== null}
      width={760}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={initialValues(changing)}
        onFinish={(values) => void submit(values)}
        style={{ marginTop: 16 }}
      >
        {changing ? (
          <Alert type="info" showIcon style={{ marginBottom: 16 }} title={`${changing.name} · ${changing.cardNumber}`} />
        ) : (
          <Form.Item name="personId" label={t('organ.fields.person')} rules={[{ required: true, message: t('organ.choose', { field: t('organ.fields.person') }) }]}>
            <PersonPicker autoFocus />
          </Form.Item>
        )}
        <Row gutter={16}>
          <Col span={10}>
            <Form.Item name={dateField} label={t(`organ.fields.${dateField}`)} rules={[{ required: true, message: t('organ.choose', { field: t(`organ.fields.${dateField}`) }) }]}>
              <DatePicker allowClear={false} disabledDate={(date) => notInFuture(date) || (changing !== null && date.isBefore(dayjs(changing.effectiveOn), 'day'))} />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item name="cardNumber" label={t('organ.fields.cardNumber')} rules={[{ required: true, whitespace: true, message: t('organ.required', { field: t('organ.fields.cardNumber') }) }]}>
              <Input maxLength={30} placeholder={t('organ.placeholders.cardNumber')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="kinds" label={t('organ.fields.kinds')} rules={[{ required: true, type: 'array', min: 1, message: t('organ.kindsRequired') }]}>
          <Checkbox.Group options={PLEDGE_KINDS.map((k) => ({ value: k, label: t(`organ.kinds.${k}`) }))} />
        </Form.Item>
        {kinds.includes('organs') && (
          <Form.Item name="organs" label={t('organ.fields.organs')} extra={t('organ.hints.organs')}>
            <Checkbox.Group options={ORGANS.map((o) => ({ value: o, label: t(`organ.organs.${o}`) }))} />
          </Form.Item>
        )}
        {kinds.includes('body') && <ExecutorFields />}
        <FamilyConsentFields />
        <WitnessFields />
        <Form.Item name="notes" label={t('organ.fields.notes')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
