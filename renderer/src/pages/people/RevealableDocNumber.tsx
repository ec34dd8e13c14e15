// A masked document number with a "显示" button. Revealing asks the registry (which writes the
// audit entry) and shows the full number only briefly, so it does not linger on screen.
import { EyeOutlined } from '@ant-design/icons';
import { App, Button, Space, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { describeError } from '../../api/errors';

const REVEAL_MS = 10_000;

interface Props {
  readonly personId: number;
  readonly masked: string | null;
}

export function RevealableDocNumber({ personId, masked }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [revealed, setRevealed] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (revealed === null) return;
    const timer = window.setTimeout(() => setRevealed(null), REVEAL_MS);
    return () => window.clearTimeout(timer);
  }, [revealed]);

  if (masked === null) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;

  const reveal = async () => {
    setBusy(true);
    try {
      const { docNumber } = await api.call('people.revealDocument', { id: personId });
      setRevealed(docNumber);
    } catch (error) {
      void message.error(describeError(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space size="small">
      <Typography.Text code={revealed === null} copyable={revealed !== null} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {revealed ?? masked}
      </Typography.Text>
      {revealed === null && (
        <Tooltip title={t('people.revealHint')}>
          <Button size="small" type="link" icon={<EyeOutlined aria-hidden />} loading={busy} onClick={() => void reveal()}>
            {t('people.reveal')}
          </Button>
        </Tooltip>
      )}
    </Space>
  );
}
