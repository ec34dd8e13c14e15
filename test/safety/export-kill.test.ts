// A CMDP export batch SIGKILLed at random moments: the file is written first, then the batch,
// its lines and the audit entry are recorded in one transaction. The registry is sound and holds
// either no batch or the whole batch.
import { describe, expect, inject, it } from 'vitest';
import { copyTemplate } from './judges';
import { KILLS, killOperation } from './prove';
import { SIZES } from './seed';

describe('a batch export killed while it runs', () => {
  it('leaves the registry sound and as before or as after, never between', async () => {
    const report = await killOperation({
      label: `CMDP export batch of ${SIZES.volunteers} volunteers`,
      prepare: (dir) => ['export', copyTemplate(inject('safety').registry, dir), dir],
      checkAfter(before, after) {
        expect(after.counts.export_batch - before.counts.export_batch).toBe(1);
        expect(after.counts.export_batch_item - before.counts.export_batch_item).toBe(SIZES.volunteers);
      },
    });
    expect(report.failures).toEqual([]);
    expect(report.midOperation).toBeGreaterThanOrEqual(KILLS / 4);
  });
});
