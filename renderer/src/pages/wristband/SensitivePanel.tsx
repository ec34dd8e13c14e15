// The consent in force and the sensitive profile it allows. Values are hidden: the record only
// says which fields hold something. 显示 asks the registry (wristband.reveal, written to the
// audit log) and shows them for a minute; editing starts from a reveal too.
import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { App, Button, Descriptions, Flex, Popconfirm, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SCOPE_OF_FIELD, SENSITIVE_FIELDS, type ParticipantDetail, type SensitiveField, type SensitiveProfile } from '../../../../electron/contract/wristband';
import { api } from '../../api/client';
import { describeError } from '../../api/errors';
import { GiveConsentModal, WithdrawConsentModal } from './ConsentDialogs';
import { PhotoUpload } from './PhotoUpload';
import { ProfileModal } from './ProfileModal';

const REVEAL_MS = 60_000;

interface Props {
  readonly participant: ParticipantDetail;
  readonly onChanged: (participant: ParticipantDetail) => void;
}

export function SensitivePanel({ participant, onChanged }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [revealed, setRevealed] = useState<SensitiveProfile | null>(null);
  const [editing, setEditing] = useState<SensitiveProfile | null>(null);
  const [dialog, setDialog] = useState<'give' | 'withdraw' | null>(null);
  const [busy, setBusy] = useState(false);
  const consent = participant.consent;
  const scope = consent?.scope ?? [];
  const editable = participant.status === 'active' && consent !== null;

  useEffect(() => {
    if (revealed === null) return;
    const timer = window.setTimeout(() => setRevealed(null), REVEAL_MS);
    return () => window.clearTimeout(timer);
  }, [revealed]);

  const reveal = async (): Promise<SensitiveProfile | null> => {
    setBusy(true);
    try {
      const profile = await api.call('wristband.reveal', { participantId: participant.id });
      setRevealed(profile);
      return profile;
    } catch (error) {
      void message.error(describeError(t, error));
      return null;
    } finally {
      setBusy(false);
    }
  };

  const changed = (updated: ParticipantDetail) => {
    setDialog(null);
    setEditing(null);
    setRevealed(null);
    onChanged(updated);
  };

  const removePhoto = async () => {
    try {
      changed(await api.call('wristband.removePhoto', { participantId: participant.id }));
    } catch (error) {
      void message.error(describeError(t, error));
    }
  };

  const valueOf = (field: SensitiveField): string => {
    if (!scope.includes(SCOPE_OF_FIELD[field])) return t('wristband.sensitive.notCovered');
    if (!participant.sensitive[field]) return t('wristband.sensitive.empty');
    if (revealed === null) return t('wristband.sensitive.masked');
    const value = revealed[field];
    if (field === 'condition' && revealed.condition) return t(`wristband.conditions.${revealed.condition}`);
    if (field === 'build' && revealed.build) return t(`wristband.builds.${revealed.build}`);
    return value === null ? t('wristband.sensitive.empty') : String(value);
  };

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('wristband.sensitive.title')}
        </Typography.Title>
        <Flex gap={6} wrap>
          {consent !== null &&
            (revealed === null ? (
              <Tooltip title={t('wristband.sensitive.revealHint')}>
                <Button size="small" icon={<EyeOutlined aria-hidden />} loading={busy} onClick={() => void reveal()}>
                  {t('wristband.sensitive.reveal')}
                </Button>
              </Tooltip>
            ) : (
              <Button size="small" icon={<EyeInvisibleOutlined aria-hidden />} onClick={() => setRevealed(null)}>
                {t('wristband.sensitive.hide')}
              </Button>
            ))}
          {editable && (
            <Button size="small" loading={busy} onClick={() => void (revealed ? Promise.resolve(revealed) : reveal()).then((p) => p && setEditing(p))}>
              {t('wristband.sensitive.edit')}
            </Button>
          )}
          {participant.status === 'active' && (
            <Button size="small" onClick={() => setDialog('give')}>
              {t('wristband.consent.give')}
            </Button>
          )}
          {consent !== null && (
            <Button size="small" danger onClick={() => setDialog('withdraw')}>
              {t('wristband.consent.withdraw')}
            </Button>
          )}
        </Flex>
      </Flex>
      <Typography.Paragraph type={consent ? undefined : 'secondary'}>
        {consent
          ? t('wristband.consent.inForce', {
              name: consent.guardianName,
              relation: t(`wristband.consentGivers.${consent.relation}`),
              date: consent.givenOn,
              scope: consent.scope.map((s) => t(`wristband.consentScopes.${s}`)).join('、'),
            })
          : t('wristband.consent.none')}
      </Typography.Paragraph>
      {consent !== null && (
        <Descriptions
          column={1}
          bordered
          size="small"
          styles={{ label: { width: 140 } }}
          items={SENSITIVE_FIELDS.filter((f) => f !== 'photo').map((field) => ({ key: field, label: t(`wristband.fields.${field}`), children: valueOf(field) }))}
        />
      )}
      {scope.includes('photo') && (
        <Flex gap={8} align="center" style={{ marginTop: 8 }}>
          <Typography.Text strong>{t('wristband.fields.photo')}</Typography.Text>
          {revealed?.photo ? (
            <img alt={t('wristband.fields.photo')} src={`data:${revealed.photo.type};base64,${revealed.photo.base64}`} style={{ maxWidth: 120, maxHeight: 160 }} />
          ) : (
            <Typography.Text type="secondary">{valueOf('photo')}</Typography.Text>
          )}
          {editable && <PhotoUpload participantId={participant.id} onSaved={changed} />}
          {editable && participant.sensitive.photo && (
            <Popconfirm title={t('wristband.sensitive.removePhotoConfirm')} okText={t('common.remove')} cancelText={t('common.cancel')} onConfirm={() => void removePhoto()}>
              <Button size="small" danger>
                {t('wristband.sensitive.removePhoto')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      )}
      <ProfileModal participant={participant} profile={editing} onClose={() => setEditing(null)} onDone={changed} />
      <GiveConsentModal participant={participant} open={dialog === 'give'} onClose={() => setDialog(null)} onDone={changed} />
      <WithdrawConsentModal participant={participant} open={dialog === 'withdraw'} onClose={() => setDialog(null)} onDone={changed} />
    </>
  );
}
