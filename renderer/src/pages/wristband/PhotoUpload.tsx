// Choosing the participant's photo. A phone photo is several megabytes; the registry keeps a
// small one, so it is shrunk here with a canvas (longest side MAX_SIDE px, JPEG) before it
// leaves the computer's memory. The browser's own image decoding and canvas encoding do the
// work; nothing is written to disk on the way.
import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PHOTO_BYTES, type ParticipantDetail } from '../../../../electron/contract/wristband';
import { api } from '../../api/client';
import { describeError } from '../../api/errors';

export const MAX_SIDE = 600;
/** Tried in turn until the photo fits the registry's cap. */
const QUALITIES = [0.85, 0.7, 0.55, 0.4];

async function shrink(file: File): Promise<string> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  const context = canvas.getContext('2d')!;
  // JPEG has no transparency: a transparent PNG would otherwise turn black behind the person.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  for (const quality of QUALITIES) {
    const base64 = canvas.toDataURL('image/jpeg', quality).split(',')[1] ?? '';
    if ((base64.length * 3) / 4 <= MAX_PHOTO_BYTES) return base64;
  }
  throw new Error('photo too large');
}

interface Props {
  readonly participantId: number;
  readonly onSaved: (participant: ParticipantDetail) => void;
}

export function PhotoUpload({ participantId, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  const upload = async (file: File) => {
    setBusy(true);
    try {
      let base64: string;
      try {
        base64 = await shrink(file);
      } catch {
        void message.error(t('wristband.sensitive.photoUnreadable'));
        return;
      }
      onSaved(await api.call('wristband.setPhoto', { participantId, type: 'image/jpeg', base64 }));
      void message.success(t('wristband.sensitive.photoSaved'));
    } catch (error) {
      void message.error(describeError(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <input
        ref={input}
        type="file"
        accept="image/jpeg,image/png"
        hidden
        aria-label={t('wristband.sensitive.uploadPhoto')}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void upload(file);
        }}
      />
      <Tooltip title={t('wristband.sensitive.photoHint', { px: MAX_SIDE })}>
        <Button size="small" icon={<UploadOutlined aria-hidden />} loading={busy} onClick={() => input.current?.click()}>
          {t('wristband.sensitive.uploadPhoto')}
        </Button>
      </Tooltip>
    </>
  );
}
