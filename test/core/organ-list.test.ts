// The pledge list: by status (in force by default) and by what is pledged, latest first, paged
// by the registry, every query on an index.
import { describe, expect, it } from 'vitest';
import { PLEDGE_KINDS } from '../../electron/contract/organ';
import { PLEDGE_LIST_SQL } from '../../electron/registry/organ/repository';
import { setup } from './stemcellSetup';

const EXECUTOR = { name: '王建华', relation: 'adult_child', phone: '13800138002' } as const;

describe('the pledge list', () => {
  it('lists pledges in force latest first, filters by status and kind, and counts each status', async () => {
    const { call, person } = setup();
    const pledge = async (name: string, registeredOn: string, cardNumber: string, body: boolean) =>
      (
        await call('organ.pledge', {
          personId: await person(name, '1970-01-01'),
          registeredOn,
          cardNumber,
          ...(body ? { kinds: ['body'], executor: EXECUTOR } : { kinds: ['organs', 'corneas'] }),
        })
      ).current!;
    await pledge('赵一', '2023-01-01', 'C0001', false);
    const body = await pledge('钱二', '2024-01-01', 'C0002', true);
    const revoked = await pledge('孙三', '2022-06-01', 'C0003', false);
    await call('organ.revoke', { pledgeId: revoked.id, revokedOn: '2024-02-01' });
    await call('organ.change', { pledgeId: body.id, changedOn: '2024-05-01', kinds: ['body', 'corneas'], cardNumber: 'C0002', executor: EXECUTOR });

    const active = await call('organ.list', {});
    expect(active.rows.map((r) => [r.name, r.effectiveOn])).toEqual([
      ['钱二', '2024-05-01'],
      ['赵一', '2023-01-01'],
    ]);
    expect(active.counts).toEqual({ active: 2, changed: 1, revoked: 1 });
    expect((await call('system.stats', {})).activePledges).toBe(2);
    expect((await call('organ.list', { kind: 'body' })).rows.map((r) => r.name)).toEqual(['钱二']);
    expect((await call('organ.list', { status: 'revoked' })).rows).toEqual([expect.objectContaining({ name: '孙三', revokedOn: '2024-02-01' })]);
    const page = await call('organ.list', { limit: 1, offset: 1 });
    expect([page.total, page.rows.map((r) => r.name)]).toEqual([2, ['赵一']]);
  });

  it('answers every list and count from an index, never by sorting the table', () => {
    const { registry } = setup();
    const plan = (sql: string, params: object) => (registry.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail);
    for (const kind of [undefined, ...PLEDGE_KINDS]) {
      const list = plan(PLEDGE_LIST_SQL.list(kind), { status: 'active', limit: 50, offset: 0 });
      expect(list.some((d) => /SEARCH g USING INDEX pledge_by_status \(status=\?\)/.test(d)), list.join(' | ')).toBe(true);
      expect(list.some((d) => d.includes('TEMP B-TREE')), list.join(' | ')).toBe(false);
      const count = plan(PLEDGE_LIST_SQL.count(kind), { status: 'active' });
      expect(count.every((d) => /INDEX/.test(d)), count.join(' | ')).toBe(true);
    }
    expect(plan(PLEDGE_LIST_SQL.byStatus, {})).toEqual(['SCAN pledge USING COVERING INDEX pledge_by_status']);
  });
});
