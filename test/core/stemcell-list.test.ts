// The volunteer list: filtered by status with counts for each, the longest-waiting first,
// 悔捐 as its own filter, paged by the registry, every query on an index.
import { describe, expect, it } from 'vitest';
import { COUNT_SQL, listSqlFor } from '../../electron/registry/stemcell/repository';
import { ENROLLMENT_FILTERS } from '../../electron/contract/stemcell';
import { setup } from './stemcellSetup';

describe('the volunteer list', () => {
  it('filters by status, counts each status and shows the longest-waiting first', async () => {
    const { call, person, enroll, advanceTo } = setup();
    const waitingLong = await enroll(await person('赵一', '2000-01-01'), '2023-05-01');
    const waitingShort = await enroll(await person('钱二', '2000-01-02'), '2024-02-01');
    const typed = await advanceTo(await enroll(await person('孙三', '2000-01-03'), '2024-03-01'), 'typed');
    const matched = await advanceTo(await enroll(await person('李四', '2000-01-04'), '2024-03-01'), 'workup');
    await call('stemcell.changeStatus', { enrollmentId: matched.id, status: 'withdrawn', date: '2025-01-01', reason: 'PR' });
    const early = await enroll(await person('周五', '2000-01-05'), '2024-03-01');
    await call('stemcell.changeStatus', { enrollmentId: early.id, status: 'withdrawn', date: '2024-03-02', reason: 'MO' });

    const registered = await call('stemcell.list', { status: 'registered' });
    expect(registered.rows.map((r) => [r.name, r.statusSince])).toEqual([
      ['赵一', '2023-05-01'],
      ['钱二', '2024-02-01'],
    ]);
    expect(registered.total).toBe(2);
    expect(registered.counts).toMatchObject({ registered: 2, typed: 1, withdrawn: 2, regret: 1, donated: 0 });

    const regret = await call('stemcell.list', { status: 'regret' });
    expect(regret.rows).toEqual([expect.objectContaining({ name: '李四', withdrawnFrom: 'workup', withdrawalReason: 'PR', regret: true })]);
    const all = await call('stemcell.list', {});
    expect(all.total).toBe(5);
    // Without a filter the latest changes come first.
    expect(all.rows[0]).toMatchObject({ name: '李四', status: 'withdrawn', statusSince: '2025-01-01' });
    expect(all.rows.find((r) => r.id === typed.id)).toMatchObject({ status: 'typed', cmdpDonorId: null });
    expect(JSON.stringify(all)).not.toContain('13800138001');

    const page2 = await call('stemcell.list', { offset: 2, limit: 2 });
    expect(page2.rows.map((r) => r.id)).toEqual(all.rows.slice(2, 4).map((r) => r.id));
    expect(waitingShort.id).toBeGreaterThan(waitingLong.id);
    // The registry's per-program count: volunteers still in the programme.
    expect((await call('system.stats', {})).stemcellVolunteers).toBe(3);
  });

  it('answers every list and count from an index, never by sorting the table', async () => {
    const { registry } = setup();
    const plan = (sql: string, params: object = {}) =>
      (registry.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail);
    for (const filter of [undefined, ...ENROLLMENT_FILTERS]) {
      const params = filter === undefined || filter === 'regret' ? { limit: 50, offset: 0 } : { status: filter, limit: 50, offset: 0 };
      const details = plan(listSqlFor(filter), params);
      expect(details.some((d) => /^SCAN e\b(?!.*USING)/.test(d)), `${filter}: ${details.join(' | ')}`).toBe(false);
      expect(details.some((d) => d.includes('USE TEMP B-TREE')), `${filter}: ${details.join(' | ')}`).toBe(false);
      expect(details.some((d) => /USING (COVERING )?INDEX enrollment_by_(status|since)/.test(d)), `${filter}: ${details.join(' | ')}`).toBe(true);
    }
    for (const sql of Object.values(COUNT_SQL)) {
      const details = plan(sql);
      expect(details.every((d) => /INDEX/.test(d)), details.join(' | ')).toBe(true);
    }
  });
});
