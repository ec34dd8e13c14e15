// Enrolling a person from the registry: where they live, their guardians, and, only once the
// separate consent is recorded, the sensitive profile that consent covers. Until the switch is
// on, the form offers no sensitive field at all.
import { Alert, App, DatePicker, Divider, Form, Input, Switch } from 'antd';
import { FormModal } from '../../components/FormModal';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../electron/contract/errors';
import type { ParticipantDetail } from '../../../../electron/contract/wristband';
import { api } from '../../api/client';
import { PersonPicker } from '../../components/PersonPicker';
import { notInFuture, toIsoDate } from '../stemcell/dates';
import { CommunityFields } from './CommunityFields';
import { ConsentFields, consentInput, type ConsentValues } from './ConsentFields';
import { emptyGuardian, GuardianFields, type GuardianValues } from './GuardianFields';
import { ProfileFields, profileInput, type ProfileValues } from './ProfileFields';
import { useWristbandSubmit } from './useWristbandSubmit';

interface Props {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onSaved: (participant: ParticipantDetail) => void;
  /** The person is already in the program: the caller opens their record. */
  readonly onAlreadyEnrolled: (participantId: number) => void;
}

interface Values {
  personId?: number;
  enrolledOn: Dayjs;
  community: { village: string; grid?: string; gridWorker?: string; gridWorkerPhone?: string; policeContact?: string; policePhone?: string };
  guardians: GuardianValues[];
  consentGiven: boolean;
  consent?: ConsentValues;
  profile?: ProfileValues;
  notes?: string;
}

const blankToNull = (s: string | undefined) => (s?.trim() ? s : null);

export function EnrollModal({ open, onClose, onSaved, onAlreadyEnrolled }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const consentGiven = Form.useWatch('consentGiven', form) ?? false;
  const scope = Form.useWatch(['consent', 'scope'], form) ?? [];

  const { saving, submit } = useWristbandSubmit(
    form,
    async (values: Values) => {
      try {
        return await api.call('wristband.enroll', {
          personId: values.personId!,
          enrolledOn: toIsoDate(values.enrolledOn),
          community: {
            village: values.community.village,
            grid: blankToNull(values.community.grid),
            gridWorker: blankToNull(values.community.gridWorker),
            gridWorkerPhone: blankToNull(values.community.gridWorkerPhone),
            policeContact: blankToNull(values.community.policeContact),
            policePhone: blankToNull(values.community.policePhone),
          },
          guardians: values.guardians.map((g) => ({ ...g, phones: g.phones.filter((p) => p.trim() !== '') })),
          ...(values.consentGiven && values.consent ? { consent: consentInput(values.consent), profile: profileInput(values.profile, values.consent.scope) } : {}),
          notes: values.notes ?? '',
        });
      } catch (error) {
        if (error instanceof ApiError && error.code === 'DUPLICATE' && values.personId !== undefined) {
          const existing = await api.call('wristband.forPerson', { personId: values.personId });
          if (existing) {
            void message.warning(t('wristband.enroll.alreadyEnrolled'));
            onAlreadyEnrolled(existing.id);
          }
        }
        throw error;
      }
    },
    onSaved,
  );

  return (
    <FormModal
      title={t('wristband.enroll.title')}
      form={form}
      saving={saving}
      open={open}
      width={820}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ enrolledOn: dayjs(), guardians: [emptyGuardian(true)], consentGiven: false, consent: { givenOn: dayjs(), scope: [] } }}
        onFinish={(values) => void submit(values)}
        style={{ marginTop: 16 }}
      >
        <Form.Item name="personId" label={t('wristband.fields.person')} rules={[{ required: true, message: t('wristband.choose', { field: t('wristband.fields.person') }) }]}>
          <PersonPicker autoFocus />
        </Form.Item>
        <Form.Item name="enrolledOn" label={t('wristband.fields.enrolledOn')} rules={[{ required: true, message: t('wristband.choose', { field: t('wristband.fields.enrolledOn') }) }]}>
          <DatePicker allowClear={false} disabledDate={notInFuture} />
        </Form.Item>
        <Divider titlePlacement="start">{t('wristband.enroll.community')}</Divider>
        <CommunityFields />
        <Divider titlePlacement="start">{t('wristband.guardians.title')}</Divider>
        <GuardianFields />
        <Divider titlePlacement="start">{t('wristband.enroll.consentTitle')}</Divider>
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('wristband.enroll.consentHint')} />
        <Form.Item name="consentGiven" label={t('wristband.enroll.consentSwitch')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {consentGiven && (
          <>
            <ConsentFields prefix={['consent']} />
            {scope.length > 0 && (
              <>
                <Divider titlePlacement="start">{t('wristband.enroll.profileTitle')}</Divider>
                <ProfileFields prefix={['profile']} scope={scope} />
              </>
            )}
          </>
        )}
        <Form.Item name="notes" label={t('wristband.fields.notes')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
