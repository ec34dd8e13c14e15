// The participant's bands, newest first, and what can be done with each: confirm it is worn,
// report it lost or damaged (a lost band may turn up again), replace it, check it on a visit.
// Each change asks for its date and a confirmation; a new band gets the next code in sequence
// unless staff scan or type the one in their hand.
import { Button, DatePicker, Flex, Form, Input, List, Tag, Typography } from 'antd';
import { FormModal } from '../../components/FormModal';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BAND_STEPS, REPLACEABLE, type Band, type ParticipantDetail } from '../../../../electron/contract/wristband';
import { api } from '../../api/client';
import { notInFuture, toIsoDate } from '../stemcell/dates';
import { useBandCodeRule } from './fieldRules';
import { BAND_STATUS_COLORS } from './ParticipantTable';
import { useWristbandSubmit } from './useWristbandSubmit';

type Step = 'active' | 'lost' | 'damaged';
type Dialog = { kind: 'issue' } | { kind: 'replace'; band: Band } | { kind: 'step'; band: Band; step: Step } | { kind: 'check'; band: Band };

interface Props {
  readonly participant: ParticipantDetail;
  readonly onChanged: (participant: ParticipantDetail) => void;
}

interface Values {
  code?: string;
  on: Dayjs;
  note?: string;
}

const inUse = (band: Band) => band.status !== 'replaced' && band.status !== 'retired';

export function BandPanel({ participant, onChanged }: Props) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [form] = Form.useForm<Values>();
  const bandCodeRule = useBandCodeRule();
  const current = participant.bands.find(inUse);
  const codeOf = (id: number | null) => participant.bands.find((b) => b.id === id)?.code ?? '';

  const openDialog = async (next: Dialog) => {
    setDialog(next);
    if (next.kind === 'issue' || next.kind === 'replace') {
      const { code } = await api.call('wristband.nextBandCode');
      form.setFieldValue('code', code);
    }
  };

  const { saving, submit } = useWristbandSubmit(
    form,
    (values: Values) => {
      const on = toIsoDate(values.on);
      const code = values.code?.trim() ? values.code : undefined;
      switch (dialog!.kind) {
        case 'issue':
          return api.call('wristband.issueBand', { participantId: participant.id, code, issuedOn: on });
        case 'replace':
          return api.call('wristband.replaceBand', { bandId: dialog!.band.id, code, issuedOn: on, note: values.note });
        case 'step':
          return api.call('wristband.setBandStatus', { bandId: dialog!.band.id, status: dialog!.step, on, note: values.note });
        case 'check':
          return api.call('wristband.checkBand', { bandId: dialog!.band.id, checkedOn: on });
      }
    },
    (updated) => {
      setDialog(null);
      onChanged(updated);
    },
  );

  const title = dialog === null ? '' : dialog.kind === 'step' ? t(`wristband.bands.stepTitles.${dialog.step}`) : t(`wristband.bands.${dialog.kind}Title`);
  const leaving = participant.status !== 'active';

  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('wristband.bands.title')}
        </Typography.Title>
        {!current && !leaving && (
          <Button type="primary" onClick={() => void openDialog({ kind: 'issue' })}>
            {t('wristband.bands.issue')}
          </Button>
        )}
      </Flex>
      <List
        size="small"
        bordered
        dataSource={[...participant.bands]}
        locale={{ emptyText: t('wristband.bands.none') }}
        renderItem={(band) => (
          <List.Item aria-label={band.code}>
            <Flex vertical gap={6} style={{ width: '100%' }}>
              <Flex gap={8} align="center" wrap>
                <Typography.Text strong copyable style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {band.code}
                </Typography.Text>
                <Tag color={BAND_STATUS_COLORS[band.status]}>{t('wristband.bands.statusSince', { status: t(`wristband.bandStatuses.${band.status}`), date: band.statusOn })}</Tag>
                {band.replacesId !== null && <Typography.Text type="secondary">{t('wristband.bands.replaces', { code: codeOf(band.replacesId) })}</Typography.Text>}
                {band.replacedById !== null && <Typography.Text type="secondary">{t('wristband.bands.replacedBy', { code: codeOf(band.replacedById) })}</Typography.Text>}
                {inUse(band) && <Typography.Text type="secondary">{t('wristband.bands.lastChecked', { date: band.checkedOn })}</Typography.Text>}
              </Flex>
              {!leaving && (
                <Flex gap={6} wrap>
                  {BAND_STEPS[band.status].map((step) => (
                    <Button key={step} size="small" danger={step !== 'active'} onClick={() => void openDialog({ kind: 'step', band, step: step as Step })}>
                      {step === 'active' ? (band.status === 'lost' ? t('wristband.bands.found') : t('wristband.bands.activate')) : t(`wristband.bands.${step as 'lost' | 'damaged'}`)}
                    </Button>
                  ))}
                  {REPLACEABLE.includes(band.status) && band.replacedById === null && (
                    <Button size="small" type="primary" onClick={() => void openDialog({ kind: 'replace', band })}>
                      {t('wristband.bands.replace')}
                    </Button>
                  )}
                  {band.status === 'active' && (
                    <Button size="small" onClick={() => void openDialog({ kind: 'check', band })}>
                      {t('wristband.bands.check')}
                    </Button>
                  )}
                </Flex>
              )}
            </Flex>
          </List.Item>
        )}
      />
      <FormModal
        title={title}
        form={form}
        saving={saving}
        open={dialog !== null}
        okButtonProps={{ danger: dialog?.kind === 'step' && dialog.step !== 'active' }}
        onCancel={() => setDialog(null)}
      >
        <Form<Values> form={form} layout="vertical" preserve={false} initialValues={{ on: dayjs() }} onFinish={(values) => void submit(values)}>
          {dialog?.kind === 'step' && <Typography.Paragraph>{t(`wristband.bands.stepConfirms.${dialog.step}`, { code: dialog.band.code })}</Typography.Paragraph>}
          {dialog?.kind === 'check' && <Typography.Paragraph>{t('wristband.bands.checkHint', { code: dialog.band.code })}</Typography.Paragraph>}
          {dialog?.kind === 'replace' && <Typography.Paragraph>{t('wristband.bands.replaceHint', { code: dialog.band.code })}</Typography.Paragraph>}
          {(dialog?.kind === 'issue' || dialog?.kind === 'replace') && (
            <Form.Item name="code" label={t('wristband.bands.code')} extra={t('wristband.bands.codeHint')} rules={[bandCodeRule]} validateTrigger="onBlur">
              <Input maxLength={20} style={{ fontVariantNumeric: 'tabular-nums' }} />
            </Form.Item>
          )}
          <Form.Item
            name="on"
            label={dialog?.kind === 'issue' || dialog?.kind === 'replace' ? t('wristband.bands.issuedOn') : dialog?.kind === 'check' ? t('wristband.bands.checkedOn') : t('wristband.bands.on')}
            rules={[{ required: true, message: t('wristband.choose', { field: t('wristband.bands.on') }) }]}
          >
            <DatePicker allowClear={false} disabledDate={notInFuture} />
          </Form.Item>
          {(dialog?.kind === 'step' || dialog?.kind === 'replace') && (
            <Form.Item name="note" label={t('wristband.bands.note')}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={500} placeholder={t('wristband.placeholders.optional')} />
            </Form.Item>
          )}
        </Form>
      </FormModal>
    </>
  );
}
