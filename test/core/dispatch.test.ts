// The dispatcher is the boundary every transport shares: whatever arrives, it answers with a
// structured value and never throws.
import { describe, expect, it } from 'vitest';
import { createDispatcher, handlers } from '../../electron/api/dispatch';
import { ERROR_CODES } from '../../electron/contract/errors';
import { contract } from '../../electron/contract/methods';
import { tempRegistry } from './helpers/tmp';

const HOSTILE_INPUTS: unknown[] = [
  null,
  42,
  'people',
  [],
  [{ id: 1 }],
  { id: '1' },
  { id: -1 },
  { id: 1.5 },
  { name: 123 },
  { name: 'x'.repeat(10_000) },
  { __proto__: { polluted: true } },
  { constructor: { prototype: { polluted: true } } },
  { limit: 1e9 },
  { 'ui.language': 'fr' },
  { unexpected: true },
];

describe('dispatch', () => {
  it('has exactly one handler per contract method', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
  });

  it('answers an unknown method with UNKNOWN_METHOD', async () => {
    const dispatch = createDispatcher(tempRegistry());
    for (const method of ['nope', '', 'constructor', '__proto__', 'toString', 'people', 42, null, { m: 1 }]) {
      const response = await dispatch(method, {});
      expect(response, String(method)).toEqual({ error: expect.objectContaining({ code: 'UNKNOWN_METHOD' }) });
    }
  });

  it('never throws and always answers {data} or a known {error} for hostile inputs to every method', async () => {
    const registry = tempRegistry();
    const dispatch = createDispatcher(registry);
    let calls = 0;
    for (const method of Object.keys(contract)) {
      for (const input of HOSTILE_INPUTS) {
        const response = await dispatch(method, input);
        calls += 1;
        if ('error' in response) {
          expect(ERROR_CODES, `${method} ${JSON.stringify(input)}`).toContain(response.error.code);
          expect(response.error.code).not.toBe('INTERNAL');
          expect(response.error.message.length).toBeGreaterThan(0);
        } else {
          expect(response).toHaveProperty('data');
        }
      }
    }
    expect(calls).toBe(Object.keys(contract).length * HOSTILE_INPUTS.length);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Nothing hostile got in: strict schemas refuse unknown keys and wrong shapes.
    expect(registry.db.prepare('SELECT count(*) AS n FROM person').get()).toEqual({ n: 0 });
    expect(registry.verify().ok).toBe(true);
  });

  it('lists the failing fields in details, with paths', async () => {
    const dispatch = createDispatcher(tempRegistry());
    const response = await dispatch('people.list', { offset: -1, limit: 'ten' });
    expect(response).toEqual({
      error: {
        code: 'INVALID_INPUT',
        message: expect.any(String),
        details: [expect.objectContaining({ path: ['offset'] }), expect.objectContaining({ path: ['limit'] })],
      },
    });
  });

  it('turns a full disk into DISK_FULL and a closed database into INTERNAL, not a crash', async () => {
    const registry = tempRegistry();
    const dispatch = createDispatcher(registry);
    // Cap the file at its current size: the next page SQLite needs is refused with SQLITE_FULL.
    const pages = registry.db.pragma('page_count', { simple: true }) as number;
    registry.db.pragma(`max_page_count = ${pages}`);
    let response;
    for (let i = 0; i < 200; i += 1) {
      response = await dispatch('people.create', { name: `张${i}`, notes: 'x'.repeat(1500) });
      if ('error' in response) break;
    }
    expect(response).toEqual({ error: expect.objectContaining({ code: 'DISK_FULL', message: expect.stringContaining('磁盘空间不足') }) });
    expect(registry.verify().ok).toBe(true);

    registry.close();
    expect(await dispatch('system.stats', {})).toEqual({ error: expect.objectContaining({ code: 'INTERNAL' }) });
  });

  it('keeps settings valid and remembers the language', async () => {
    const dispatch = createDispatcher(tempRegistry());
    expect(await dispatch('settings.get', {})).toMatchObject({ data: { 'ui.language': 'zh-CN' } });
    expect(await dispatch('settings.language', { language: 'en' })).toMatchObject({ data: { 'ui.language': 'en' } });
    expect(await dispatch('settings.get', undefined)).toMatchObject({ data: { 'ui.language': 'en' } });
    expect(await dispatch('settings.language', { language: 'fr' })).toMatchObject({ error: { code: 'INVALID_INPUT' } });
    // The language is not an office setting: the general update does not take it.
    expect(await dispatch('settings.update', { 'ui.language': 'en' })).toMatchObject({ error: { code: 'INVALID_INPUT' } });
  });
});
