// What shows before the saved settings are known: a spinner, or why starting failed.
import { Button, Flex, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/errors';

interface Props {
  readonly error?: unknown;
  readonly onRetry: () => void;
}

export function StartupScreen({ error, onRetry }: Props) {
  const { t } = useTranslation();
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
      {error === undefined ? (
        <Spin size="large" description={t('app.loading')} />
      ) : (
        <Result
          status="error"
          title={t('app.startFailed')}
          subTitle={describeError(t, error)}
          extra={<Button type="primary" onClick={onRetry}>{t('app.retry')}</Button>}
        />
      )}
    </Flex>
  );
}
