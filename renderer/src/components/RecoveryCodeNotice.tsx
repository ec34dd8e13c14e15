// A new recovery code, shown once: the only screen that ever shows it. Staff must confirm they
// have written it down before they can go on, so it is not lost to a hasty click.
import { Alert, Button, Checkbox, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  readonly code: string;
  /** Whether an earlier code existed and is now spent. */
  readonly replacesOld?: boolean;
  readonly onDone: () => void;
}

export function RecoveryCodeNotice({ code, replacesOld = false, onDone }: Props) {
  const { t } = useTranslation();
  const [written, setWritten] = useState(false);
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('vault.codeTitle')}
      </Typography.Title>
      <Alert type="warning" showIcon title={t('vault.codeWarning')} description={replacesOld ? t('vault.codeSpent') : undefined} />
      <Typography.Text
        data-testid="recovery-code"
        copyable={{ text: code, tooltips: [t('vault.copy'), t('vault.copied')] }}
        style={{ fontFamily: 'monospace', fontSize: 20, textAlign: 'center', letterSpacing: 1 }}
      >
        {code}
      </Typography.Text>
      <Checkbox checked={written} onChange={(event) => setWritten(event.target.checked)}>
        {t('vault.written')}
      </Checkbox>
      <Button type="primary" disabled={!written} onClick={onDone} style={{ alignSelf: 'flex-end' }}>
        {t('vault.continue')}
      </Button>
    </Flex>
  );
}
