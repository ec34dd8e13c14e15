// A large import's commit (every row, the import record and its audit entry in one
// transaction) SIGKILLed at random moments: the registry is sound and holds either nothing of
// the import or all of it.
import { describe, expect, inject, it } from 'vitest';
import { copyTemplate } from './judges';
import { KILLS, killOperation } from './prove';
import { SIZES } from './seed';

describe('an import killed while it commits', () => {
  it('leaves the registry sound and as before or as after, never between', async () => {
    const { preview } = inject('safety');
    const report = await killOperation({
      label: `import of ${SIZES.importRows} people`,
      prepare: (dir) => ['import', copyTemplate(inject('safety').registry, dir), preview],
      checkAfter(before, after) {
        expect(after.counts.person - before.counts.person).toBe(SIZES.importRows);
        expect(after.counts.imports - before.counts.imports).toBe(1);
      },
    });
    expect(report.failures).toEqual([]);
    expect(report.midOperation).toBeGreaterThanOrEqual(KILLS / 4);
  });
});
