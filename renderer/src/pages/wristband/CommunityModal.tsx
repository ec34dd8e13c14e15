// Changing where the participant lives (a move within the office's area) and the local
// contacts, with the record's notes. A move away from the area is leaving the program instead.
import { Form, Input } from 'antd';
import { FormModal } from '../../components/FormModal';
import { useTranslation } from 'react-i18next';
import type { ParticipantDetail } from '../../../../electron/contract/wristband';
import { api } from '../../api/client';
import { CommunityFields } from './CommunityFields';
import { useWristbandSubmit } from './useWristbandSubmit';

interface Props {
  readonly participant: ParticipantDetail;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onDone: (participant: ParticipantDetail) => void;
}

type Community = ParticipantDetail['community'];

interface Values {
  community: { [K in keyof Community]?: string | null };
  notes?: string | null;
}

const blankToNull = (s: string | null | undefined) => (s?.trim() ? s : null);

export function CommunityModal({ participant, open, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { saving, submit } = useWristbandSubmit(
    form,
    ({ community, notes }: Values) =>
      api.call('wristband.update', {
        participantId: participant.id,
        community: {
          village: community.village ?? '',
          grid: blankToNull(community.grid),
          gridWorker: blankToNull(community.gridWorker),
          gridWorkerPhone: blankToNull(community.gridWorkerPhone),
          policeContact: blankToNull(community.policeContact),
          policePhone: blankToNull(community.policePhone),
        },
        notes: notes ?? '',
      }),
    onDone,
  );
  return (
    <FormModal
      title={t('wristband.editCommunity')}
      form={form}
      saving={saving}
      open={open}
      width={720}
      onCancel={onClose}
    >
      <Form<Values> form={form} layout="vertical" preserve={false} initialValues={{ community: participant.community, notes: participant.notes }} onFinish={(values) => void submit(values)}>
        <CommunityFields />
        <Form.Item name="notes" label={t('wristband.fields.notes')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
