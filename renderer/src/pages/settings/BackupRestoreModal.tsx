// The confirmation before a restore, saying plainly what happens: the current data is kept as a
// safety copy, then replaced, and everyone signs in again. A backup encrypted under an earlier
// passphrase needs that passphrase; the field appears when the list already knows (旧口令加密)
// or when the registry answers that its own key does not open the backup.
import { Alert, App, Form, Input, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../electron/contract/errors';
import { api } from '../../api/client';
import { describeError } from '../../api/errors';
import { FormModal } from '../../components/FormModal';
import { useSessionStore } from '../../store/session';

export interface RestoreTarget {
  readonly path: string;
  /** Known from the list: encrypted under another passphrase than the registry's. */
  readonly needsPassphrase: boolean;
}

interface Props {
  /** null: closed. */
  readonly target: RestoreTarget | null;
  readonly onClose: () => void;
}

interface Values {
  passphrase?: string;
}

const reasonOf = (error: ApiError) => (error.details as { reason?: unknown } | undefined)?.reason;

const isBackupKeyError = (error: unknown) => error instanceof ApiError && error.code === 'WRONG_PASSPHRASE' && reasonOf(error) === 'BACKUP_KEY';

/** What went wrong with a backup, in the words of this tab rather than the general ones (找不到记录…). */
export function describeBackupError(t: TFunction, error: unknown): string {
  if (error instanceof ApiError && error.code === 'NOT_FOUND') {
    return reasonOf(error) === 'FOLDER_UNAVAILABLE' ? t('backups.errors.folderUnavailable') : t('backups.errors.fileMissing');
  }
  if (error instanceof ApiError && error.code === 'DB_INVALID') return t('backups.errors.invalid');
  if (error instanceof ApiError && reasonOf(error) === 'NEWEST_SOUND_BACKUP') return t('backups.errors.newestSound');
  return describeError(t, error);
}

export function BackupRestoreModal({ target, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [askPassphrase, setAskPassphrase] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const reloadSession = useSessionStore((s) => s.load);
  const showPassphrase = askPassphrase || (target?.needsPassphrase ?? false);

  const close = () => {
    setAskPassphrase(false);
    setError(null);
    onClose();
  };

  const restore = async ({ passphrase }: Values) => {
    if (target === null) return;
    setSaving(true);
    setError(null);
    try {
      await api.call('backups.restore', { file: target.path, ...(passphrase ? { passphrase } : {}) });
      close();
      void message.success(t('backups.confirm.done'));
      // The registry has signed this window out: asking it again brings up the sign-in screen.
      await reloadSession();
    } catch (caught) {
      if (isBackupKeyError(caught)) {
        if (showPassphrase) form.setFields([{ name: 'passphrase', errors: [t('backups.confirm.wrongPassphrase')] }]);
        setAskPassphrase(true);
      } else {
        setError(describeBackupError(t, caught));
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormModal
      title={t('backups.confirm.title')}
      form={form}
      saving={saving}
      open={target !== null}
      okText={t('backups.confirm.ok')}
      okButtonProps={{ danger: true }}
      onCancel={close}
    >
      <Typography.Paragraph style={{ wordBreak: 'break-all' }}>{t('backups.confirm.file', { file: target?.path ?? '' })}</Typography.Paragraph>
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('backups.confirm.what')} />
      <Form<Values> form={form} layout="vertical" preserve={false} onFinish={(values) => void restore(values)}>
        {showPassphrase && (
          <Form.Item
            name="passphrase"
            label={t('backups.confirm.passphrase')}
            extra={t('backups.confirm.passphraseHint')}
            rules={[{ required: true, message: t('backups.confirm.passphraseRequired') }]}
          >
            <Input.Password autoFocus maxLength={200} autoComplete="off" />
          </Form.Item>
        )}
      </Form>
      {error !== null && <Alert type="error" showIcon title={error} />}
    </FormModal>
  );
}
