// 数据交换: imports of the sheets drives and partners hand in, and export batches to upstream
// registries. Placeholder laid down by the lead; the IMPORT engineer owns this file.
import { BatchesPanel } from './BatchesPanel';
import { ImportPanel } from './ImportPanel';

export function ExchangePage() {
  return (
    <>
      <ImportPanel />
      <BatchesPanel />
    </>
  );
}
