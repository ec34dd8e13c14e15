// A merge of two records of one person SIGKILLed at random moments: every referencing row moves,
// the donor summaries are recomputed, the merged record goes and the merge is audited, in one
// transaction. The registry is sound and holds either both records untouched or the merge whole.
import { describe, expect, inject, it } from 'vitest';
import { copyTemplate } from './judges';
import { KILLS, killOperation } from './prove';
import { SIZES } from './seed';

describe('a merge killed while it runs', () => {
  it('leaves the registry sound and as before or as after, never between', async () => {
    const { keepId, mergeId } = inject('safety');
    const report = await killOperation({
      label: `merge moving ${SIZES.mergedDonations} donations`,
      prepare: (dir) => ['merge', copyTemplate(inject('safety').registry, dir), String(keepId), String(mergeId)],
      checkAfter(before, after) {
        expect(before.counts.person - after.counts.person).toBe(1);
        expect(after.counts.donation).toBe(before.counts.donation);
        expect(after.counts.audit_log - before.counts.audit_log).toBe(1);
      },
    });
    expect(report.failures).toEqual([]);
    expect(report.midOperation).toBeGreaterThanOrEqual(KILLS / 4);
  });
});
