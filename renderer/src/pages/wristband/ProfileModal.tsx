// Changing the sensitive profile. It opens with what the registry holds (revealed, so the
// audit log already has the look), and saves the profile as a whole: an emptied field is cleared.
import { Alert, Form } from 'antd';
import { FormModal } from '../../components/FormModal';
import { useTranslation } from 'react-i18next';
import type { ParticipantDetail, SensitiveProfile } from '../../../../electron/contract/wristband';
import { api } from '../../api/client';
import { ProfileFields, profileInput, type ProfileValues } from './ProfileFields';
import { useWristbandSubmit } from './useWristbandSubmit';

interface Props {
  readonly participant: ParticipantDetail;
  /** null: closed. */
  readonly profile: SensitiveProfile | null;
  readonly onClose: () => void;
  readonly onDone: (participant: ParticipantDetail) => void;
}

export function ProfileModal({ participant, profile, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ProfileValues>();
  const scope = participant.consent?.scope ?? [];
  const { saving, submit } = useWristbandSubmit(
    form,
    (values: ProfileValues) => api.call('wristband.setProfile', { participantId: participant.id, profile: profileInput(values, scope) }),
    onDone,
    ['profile'],
  );
  return (
    <FormModal
      title={t('wristband.sensitive.editTitle')}
      form={form}
      saving={saving}
      open={profile !== null}
      width={680}
      onCancel={onClose}
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('wristband.sensitive.editHint')} />
      <Form<ProfileValues> form={form} layout="vertical" preserve={false} initialValues={profile ?? {}} onFinish={(values) => void submit(values)}>
        <ProfileFields prefix={[]} scope={scope} />
      </Form>
    </FormModal>
  );
}
