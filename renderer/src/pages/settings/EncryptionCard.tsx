// Encryption at rest in 设置 › 常规: whether the registry file is encrypted, and switching it on,
// to a new passphrase, or off. Each change rewrites the file and ends with the new recovery code,
// shown once (turning encryption off keeps the current one).
import { Alert, App, Button, Card, Flex, Form, Input, Modal, Skeleton, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../electron/contract/errors';
import { api } from '../../api/client';
import { describeError } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import { FormModal } from '../../components/FormModal';
import { NewSecretFields } from '../../components/NewSecretFields';
import { RecoveryCodeNotice } from '../../components/RecoveryCodeNotice';
import { useSubmit } from '../../forms/useSubmit';

type Dialog = 'enable' | 'change' | 'disable' | null;

interface Values {
  readonly currentPassphrase?: string;
  readonly newPassphrase?: string;
}

export function EncryptionCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [revision, setRevision] = useState(0);
  const status = useApiQuery('vault.status', {}, revision);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [code, setCode] = useState<string | null>(null);
  const [form] = Form.useForm<Values>();
  const close = () => {
    setDialog(null);
    setRevision((n) => n + 1);
  };
  /** The new recovery code; none when encryption is turned off. */
  const send = async (values: Values): Promise<string | null> => {
    if (dialog === 'disable') {
      await api.call('vault.decrypt', { currentPassphrase: values.currentPassphrase ?? '' });
      return null;
    }
    const change = await api.call('vault.encrypt', { currentPassphrase: values.currentPassphrase, newPassphrase: values.newPassphrase ?? '' });
    if (change.backupsLeft.length > 0) void message.warning(t('vault.card.backupsLeft', { count: change.backupsLeft.length }), 10);
    return change.recoveryCode;
  };
  const { saving, submit } = useSubmit(
    send,
    (recoveryCode) => {
      close();
      setCode(recoveryCode);
    },
    (tr, error) => {
      // A wrong current passphrase belongs under its field; anything else is a message.
      if (error instanceof ApiError && error.code === 'WRONG_PASSPHRASE') {
        form.setFields([{ name: 'currentPassphrase', errors: [tr('errors.WRONG_PASSPHRASE')] }]);
        return null;
      }
      return describeError(tr, error);
    },
  );

  const encrypted = status.data?.encrypted ?? false;
  const titles = { enable: t('vault.card.enableTitle'), change: t('vault.card.changeTitle'), disable: t('vault.card.disableTitle') };
  const okTexts = { enable: t('vault.card.enableOk'), change: t('vault.card.changeOk'), disable: t('vault.card.disableOk') };
  return (
    <Card title={t('vault.card.title')}>
      {status.error !== undefined ? (
        <Alert type="error" showIcon title={describeError(t, status.error)} />
      ) : status.data === undefined ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : (
        <Flex vertical gap={12}>
          <Space>
            <Tag color={encrypted ? 'green' : 'orange'}>{encrypted ? t('vault.card.on') : t('vault.card.off')}</Tag>
          </Space>
          <Alert type={encrypted ? 'info' : 'warning'} showIcon title={encrypted ? t('vault.card.onHint') : t('vault.card.offHint')} />
          <Space>
            {encrypted ? (
              <>
                <Button onClick={() => setDialog('change')}>{t('vault.card.change')}</Button>
                <Button danger onClick={() => setDialog('disable')}>{t('vault.card.disable')}</Button>
              </>
            ) : (
              <Button type="primary" onClick={() => setDialog('enable')}>{t('vault.card.enable')}</Button>
            )}
          </Space>
        </Flex>
      )}
      <FormModal
        open={dialog !== null}
        title={dialog ? titles[dialog] : undefined}
        okText={dialog ? okTexts[dialog] : undefined}
        okButtonProps={{ danger: dialog === 'disable' }}
        form={form}
        saving={saving}
        onCancel={() => setDialog(null)}
      >
        <Form form={form} layout="vertical" preserve={false} onFinish={(values) => void submit(values)}>
          <Alert type={dialog === 'disable' ? 'warning' : 'info'} showIcon title={dialog === 'disable' ? t('vault.card.disableWarning') : t('vault.card.rewriteNote')} style={{ marginBottom: 16 }} />
          {dialog !== 'enable' && (
            <Form.Item name="currentPassphrase" label={t('vault.currentPassphrase')} rules={[{ required: true, message: t('vault.passphraseRequired') }]}>
              <Input.Password autoFocus autoComplete="current-password" />
            </Form.Item>
          )}
          {dialog !== 'disable' && <NewSecretFields kind="passphrase" />}
        </Form>
      </FormModal>
      <Modal open={code !== null} closable={false} footer={null} maskClosable={false} keyboard={false}>
        {code !== null && <RecoveryCodeNotice code={code} replacesOld onDone={() => setCode(null)} />}
      </Modal>
    </Card>
  );
}
