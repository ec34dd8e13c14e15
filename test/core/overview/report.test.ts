// The periodic report on a demo registry: every figure of a year, a quarter, a month and an
// odd range equals an independent count over the raw rows; the months add up to the period;
// the period before is the one the office means (the month, quarter or year before).
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/api/dispatch';
import { fillDemoRegistry } from '../../../electron/registry/demo/generate';
import { previousPeriod } from '../../../electron/registry/overview/periods';
import { periodFigures, periodReport } from '../../../electron/registry/overview/report';
import { tempRegistry } from '../helpers/tmp';
import { expectedFigures, monthList, readRows } from './expected';
import { seedWristband } from './wristbandSeed';

const TODAY = '2026-06-15';

function seeded() {
  const registry = tempRegistry();
  fillDemoRegistry(registry.db, { people: 2500, seed: 11, today: TODAY });
  seedWristband(registry.db);
  return registry;
}

describe('periodic report', () => {
  it('counts each period the way the raw rows count it', () => {
    const { db } = seeded();
    const rows = readRows(db);
    const periods: [string, string, string[]][] = [
      ['2025-01-01', '2025-12-31', monthList('2025-01', 12)],
      ['2026-01-01', '2026-03-31', monthList('2026-01', 3)],
      ['2026-05-01', '2026-05-31', ['2026-05']],
      ['2024-11-20', '2025-02-10', monthList('2024-11', 4)],
      ['2012-01-01', '2026-06-15', monthList('2012-01', 174)],
    ];
    for (const [from, to, months] of periods) {
      const figures = periodFigures(db, from, to);
      expect(figures, `${from}–${to}`).toEqual(expectedFigures(rows, from, to, months));
      // A figure that is zero everywhere would pass the comparison and prove nothing.
      if (from.startsWith('2025')) {
        expect(figures.blood.donations).toBeGreaterThan(0);
        expect(figures.blood.deferrals).toBeGreaterThan(0);
        expect(figures.stemcell.new).toBeGreaterThan(0);
        expect(figures.organ.new).toBeGreaterThan(0);
        expect(figures.wristband.new).toBeGreaterThan(0);
        expect(figures.wristband.medianHoursToReunite).not.toBeNull();
      }
      const sum = (pick: (m: (typeof figures.blood.byMonth)[number]) => number) => figures.blood.byMonth.reduce((s, m) => s + pick(m), 0);
      expect([sum((m) => m.donations), sum((m) => m.wholeBloodMl), Math.round(sum((m) => m.plateletUnits) * 100) / 100]).toEqual([
        figures.blood.donations,
        figures.blood.wholeBloodMl,
        figures.blood.plateletUnits,
      ]);
    }
  });

  it('puts the period before beside it: the month, quarter or year before, or as many days', () => {
    expect(previousPeriod('2026-03-01', '2026-03-31')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(previousPeriod('2026-04-01', '2026-06-30')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(previousPeriod('2026-01-01', '2026-12-31')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(previousPeriod('2024-03-01', '2024-03-31')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(previousPeriod('2026-03-10', '2026-03-19')).toEqual({ from: '2026-02-28', to: '2026-03-09' });

    const { db } = seeded();
    const rows = readRows(db);
    const report = periodReport(db, '2026-04-01', '2026-06-30');
    expect(report.previous).toEqual(expectedFigures(rows, '2026-01-01', '2026-03-31', monthList('2026-01', 3)));
    expect(report.current).toEqual(expectedFigures(rows, '2026-04-01', '2026-06-30', monthList('2026-04', 3)));
  });

  it('refuses a period that ends before it starts, in Chinese', async () => {
    const dispatch = createDispatcher(tempRegistry(), { actor: 'test' });
    const answer = await dispatch('overview.report', { from: '2026-02-01', to: '2026-01-31' });
    expect(answer).toMatchObject({ error: { code: 'INVALID_INPUT', message: expect.stringContaining('开始日期不能晚于结束日期') } });
    const bad = await dispatch('overview.report', { from: '2026-02-30', to: '2026-03-31' });
    expect(bad).toMatchObject({ error: { code: 'INVALID_INPUT', message: expect.stringContaining('开始日期应为有效日期') } });
  });
});
