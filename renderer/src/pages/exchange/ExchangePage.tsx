// 数据交换: imports of the sheets drives and partners hand in, export batches to upstream
// registries, and the record of past imports.
import { Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BatchesPanel } from './BatchesPanel';
import { ImportHistory } from './ImportHistory';
import { ImportPanel } from './ImportPanel';

export function ExchangePage() {
  const { t } = useTranslation();
  // Bumped after each commit so the history shows the new import when opened.
  const [imported, setImported] = useState(0);
  return (
    <>
      <Typography.Title level={3}>{t('modules.exchange.heading')}</Typography.Title>
      <Tabs
        destroyOnHidden={false}
        items={[
          { key: 'import', label: t('imports.tabs.import'), children: <ImportPanel onCommitted={() => setImported((n) => n + 1)} /> },
          { key: 'batches', label: t('imports.tabs.batches'), children: <BatchesPanel /> },
          { key: 'history', label: t('imports.tabs.history'), children: <ImportHistory revision={imported} /> },
        ]}
      />
    </>
  );
}
