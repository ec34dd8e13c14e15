// The audit log as staff read it: filtered by action, entity, person, actor and time, newest
// first, with the values each filter can take; each filter runs on its own index.
import { describe, expect, it } from 'vitest';
import { auditWhere, recordAudit } from '../../electron/registry/audit/log';
import type { InputOf } from '../../electron/contract/methods';
import { setup } from './peopleSetup';

function seed(db: ReturnType<typeof setup>['db']) {
  const at = db.prepare("UPDATE audit_log SET at = ? WHERE id = (SELECT max(id) FROM audit_log)");
  const add = (actor: string, action: string, entityId: number, when: string) => {
    recordAudit(db, { actor, action, entity: action.split('.')[0], entityId });
    at.run(when);
  };
  add('陈红', 'person.create', 1, '2026-03-01T01:00:00.000Z');
  add('林峰', 'person.update', 1, '2026-03-02T09:30:00.000Z');
  add('陈红', 'person.update', 2, '2026-03-03T16:00:00.000Z');
  add('陈红', 'rule.update', 3, '2026-03-04T08:00:00.000Z');
}

describe('the audit log', () => {
  it('filters by action, entity, person, actor and time, newest first, with a total', async () => {
    const { db, call } = setup();
    seed(db);
    const ids = async (filter: InputOf<'audit.list'>) => {
      const page = await call('audit.list', filter);
      return [page.total, page.rows.map((r) => `${r.actor} ${r.action} ${r.entityId}`)];
    };
    expect(await ids({ actor: '陈红' })).toEqual([3, ['陈红 rule.update 3', '陈红 person.update 2', '陈红 person.create 1']]);
    expect(await ids({ actor: '陈红', action: 'person.update' })).toEqual([1, ['陈红 person.update 2']]);
    expect(await ids({ entity: 'person', entityId: 1 })).toEqual([2, ['林峰 person.update 1', '陈红 person.create 1']]);
    // A day in Beijing time: 2026-03-02 00:00 to 2026-03-03 00:00 (+08:00).
    expect(await ids({ from: '2026-03-02T00:00:00+08:00', to: '2026-03-03T00:00:00+08:00' })).toEqual([1, ['林峰 person.update 1']]);
    expect(await ids({ from: '2026-03-03T00:00:00Z' })).toEqual([2, ['陈红 rule.update 3', '陈红 person.update 2']]);
    expect(await ids({ actor: '陈红', limit: 1, offset: 1 })).toEqual([3, ['陈红 person.update 2']]);
  });

  it('lists the actions, entities and actors that occur, for the filters', async () => {
    const { db, call } = setup();
    seed(db);
    expect(await call('audit.facets')).toEqual({
      actions: ['person.create', 'person.update', 'rule.update'],
      entities: ['person', 'rule'],
      actors: ['林峰', '陈红'],
    });
  });

  it('refuses a time that is not an ISO instant, naming it', async () => {
    const { refusal } = setup();
    expect(await refusal('audit.list', { from: '2026-03-02' })).toMatchObject({ code: 'INVALID_INPUT', details: [{ path: ['from'] }] });
  });

  it('runs each filter on its index', () => {
    const { db } = setup();
    const plan = (filter: Parameters<typeof auditWhere>[0]) => {
      const { where, params } = auditWhere(filter);
      const rows = db.prepare(`EXPLAIN QUERY PLAN SELECT * FROM audit_log WHERE ${where} ORDER BY id DESC LIMIT 10`).all(params) as { detail: string }[];
      return rows.map((r) => r.detail).join('\n');
    };
    expect(plan({ actor: '陈红' })).toContain('USING INDEX audit_actor (actor=?)');
    expect(plan({ action: 'person.update' })).toContain('USING INDEX audit_action (action=?)');
    expect(plan({ entity: 'person', entityId: 1 })).toContain('USING INDEX audit_entity (entity=? AND entity_id=?)');
    expect(plan({ from: '2026-03-02T00:00:00.000Z', to: '2026-03-03T00:00:00.000Z' })).toContain('USING INDEX audit_at (at>? AND at<?)');
    const facets = db.prepare("EXPLAIN QUERY PLAN SELECT min(actor) FROM audit_log WHERE actor > '陈红'").all() as { detail: string }[];
    expect(facets.map((r) => r.detail).join('\n')).toContain('USING COVERING INDEX audit_actor (actor>?)');
  });
});
