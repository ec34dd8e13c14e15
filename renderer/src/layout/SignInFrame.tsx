// The calm frame of every screen before work starts: sign-in, first-run setup, recovery.
import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  readonly title: ReactNode;
  readonly width?: number;
  readonly children: ReactNode;
}

export function SignInFrame({ title, width = 420, children }: Props) {
  const { t } = useTranslation();
  return (
    <Flex align="center" justify="center" vertical gap={16} style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('app.title')}
      </Typography.Title>
      <Card title={title} style={{ width, maxWidth: 'calc(100vw - 32px)' }}>
        {children}
      </Card>
    </Flex>
  );
}
