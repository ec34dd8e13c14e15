// 设置 › 备份与恢复: the automatic backups with what each holds and whether it passed its check,
// 立即备份, a backup to another folder (a USB stick), the keep counts, restoring from the list or
// from a file, and deleting. A backup that fails to open is listed as such, never hidden.
import { Alert, App, Button, Card, Flex, Form, Input, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ABSOLUTE_PATH, type BackupEntry, type BackupStatus } from '../../../../electron/contract/backups';
import { api } from '../../api/client';
import { describeError } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import { formatInstant } from '../../format';
import { isAdmin, useSessionStore } from '../../store/session';
import { BackupKeepCard } from './BackupKeepCard';
import { BackupRestoreModal, describeBackupError, type RestoreTarget } from './BackupRestoreModal';

const STATUS_COLORS: Readonly<Record<BackupStatus, string>> = { ok: 'green', failed: 'red', unverified: 'default', 'other-key': 'orange' };

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function StatusTag({ entry }: { readonly entry: BackupEntry }) {
  const { t } = useTranslation();
  const tag = <Tag color={STATUS_COLORS[entry.status]}>{t(`backups.statuses.${entry.status}`)}</Tag>;
  return entry.problem === null ? tag : <Tooltip title={entry.problem}>{tag}</Tooltip>;
}

/** One path field with its button: 备份到其他位置 and 从文件恢复 share the shape. */
function PathForm({ label, placeholder, required, submit, busy, onSubmit }: {
  readonly label: string;
  readonly placeholder: string;
  readonly required: string;
  readonly submit: string;
  readonly busy: boolean;
  readonly onSubmit: (path: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Form<{ path: string }> layout="inline" onFinish={({ path }) => onSubmit(path.trim())}>
      <Form.Item
        name="path"
        label={label}
        rules={[
          { required: true, whitespace: true, message: required },
          { pattern: ABSOLUTE_PATH, message: t('backups.errors.notAbsolute') },
        ]}
        style={{ flex: 1, minWidth: 320 }}
      >
        <Input placeholder={placeholder} maxLength={4096} />
      </Form.Item>
      <Button htmlType="submit" loading={busy}>
        {submit}
      </Button>
    </Form>
  );
}

const reasonOf = (t: TFunction, entry: BackupEntry) => t(`backups.reasons.${entry.manifest?.reason ?? 'unknown'}`);

export function BackupPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [revision, setRevision] = useState(0);
  const list = useApiQuery('backups.list', {}, revision);
  const [busy, setBusy] = useState<'now' | 'elsewhere' | null>(null);
  const [checking, setChecking] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<RestoreTarget | null>(null);
  // Restoring and deleting are for administrators (the registry refuses anyone else); staff still back up.
  const admin = useSessionStore((s) => isAdmin(s.staff));
  const refresh = () => setRevision((n) => n + 1);

  const backUp = async (folder?: string) => {
    setBusy(folder === undefined ? 'now' : 'elsewhere');
    try {
      const made = await api.call('backups.create', folder === undefined ? {} : { folder });
      void message.success(folder === undefined ? t('backups.created', { name: made.name }) : t('backups.elsewhere.created', { path: made.path }));
      refresh();
    } catch (error) {
      void message.error(describeBackupError(t, error));
    } finally {
      setBusy(null);
    }
  };

  const verify = async (entry: BackupEntry) => {
    setChecking(entry.path);
    try {
      const result = await api.call('backups.verify', { file: entry.path });
      if (result.ok) void message.success(t('backups.verifyOk', { name: entry.name }));
      else void message.error(t('backups.verifyFailed', { name: entry.name, problem: result.problem ?? '' }));
      refresh();
    } catch (error) {
      void message.error(describeBackupError(t, error));
    } finally {
      setChecking(null);
    }
  };

  const remove = async (entry: BackupEntry) => {
    setDeleting(entry.path);
    try {
      await api.call('backups.delete', { name: entry.name });
      void message.success(t('backups.deleted', { name: entry.name }));
      refresh();
    } catch (error) {
      void message.error(describeBackupError(t, error));
    } finally {
      setDeleting(null);
    }
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 1100 }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('backups.intro')}
      </Typography.Paragraph>
      <Card
        size="small"
        title={list.data ? <Typography.Text type="secondary" style={{ fontWeight: 'normal', wordBreak: 'break-all' }}>{t('backups.folder', { folder: list.data.folder })}</Typography.Text> : null}
        extra={
          <Space>
            <Button onClick={refresh}>{t('backups.refresh')}</Button>
            <Button type="primary" loading={busy === 'now'} onClick={() => void backUp()}>
              {busy === 'now' ? t('backups.backingUp') : t('backups.backupNow')}
            </Button>
          </Space>
        }
      >
        {list.error !== undefined ? (
          <Alert type="error" showIcon title={describeError(t, list.error)} />
        ) : (
          <Table<BackupEntry>
            size="small"
            rowKey="path"
            loading={list.loading}
            dataSource={list.data?.backups ?? []}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: t('backups.empty') }}
            columns={[
              { key: 'createdAt', title: t('backups.columns.createdAt'), render: (_, e) => formatInstant(e.createdAt), width: 150 },
              { key: 'reason', title: t('backups.columns.reason'), render: (_, e) => reasonOf(t, e), width: 110 },
              { key: 'size', title: t('backups.columns.size'), render: (_, e) => formatBytes(e.bytes), width: 90 },
              { key: 'counts', title: t('backups.columns.counts'), render: (_, e) => (e.manifest ? t('backups.counts', { ...e.manifest.counts }) : '—') },
              { key: 'check', title: t('backups.columns.check'), render: (_, e) => <StatusTag entry={e} />, width: 100 },
              {
                key: 'actions',
                title: t('backups.columns.actions'),
                width: 190,
                render: (_, e) => (
                  <Space size={0}>
                    <Button type="link" size="small" loading={checking === e.path} onClick={() => void verify(e)}>
                      {t('backups.verify')}
                    </Button>
                    <Button type="link" size="small" danger disabled={!admin} onClick={() => setRestoring({ path: e.path, needsPassphrase: e.status === 'other-key' })}>
                      {t('backups.restore')}
                    </Button>
                    <Popconfirm
                      title={t('backups.deleteConfirm')}
                      description={t('backups.deleteWhat', { name: e.name, reason: reasonOf(t, e) })}
                      okText={t('backups.delete')}
                      okButtonProps={{ danger: true }}
                      onConfirm={() => remove(e)}
                      disabled={!admin}
                    >
                      <Button type="link" size="small" danger disabled={!admin} loading={deleting === e.path}>
                        {t('backups.delete')}
                      </Button>
                    </Popconfirm>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Card>
      <Card size="small" title={t('backups.elsewhere.title')}>
        <Typography.Paragraph type="secondary">{t('backups.elsewhere.hint')}</Typography.Paragraph>
        <PathForm
          label={t('backups.elsewhere.folder')}
          placeholder={t('backups.elsewhere.placeholder')}
          required={t('backups.elsewhere.required')}
          submit={t('backups.elsewhere.submit')}
          busy={busy === 'elsewhere'}
          onSubmit={(folder) => void backUp(folder)}
        />
      </Card>
      <BackupKeepCard />
      {admin && (
        <Card size="small" title={t('backups.fromFile.title')}>
          <Typography.Paragraph type="secondary">{t('backups.fromFile.hint')}</Typography.Paragraph>
          <PathForm
            label={t('backups.fromFile.file')}
            placeholder={t('backups.fromFile.placeholder')}
            required={t('backups.fromFile.required')}
            submit={t('backups.restore')}
            busy={false}
            onSubmit={(path) => setRestoring({ path, needsPassphrase: false })}
          />
        </Card>
      )}
      <BackupRestoreModal target={restoring} onClose={() => setRestoring(null)} />
    </Flex>
  );
}
