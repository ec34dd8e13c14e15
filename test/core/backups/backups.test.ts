// Backups as the office relies on them: each one is checked and shows what it holds; a damaged
// one says so and is never restored; a restore brings back exactly the backup's records, keeps
// the data it replaced as a backup in the same list, and is written in the restored registry's
// audit log.
import { copyFileSync, existsSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/api/dispatch';
import type { InputOf, MethodName, OutputOf } from '../../../electron/contract/methods';
import { backupsFolderOf } from '../../../electron/registry/backups/files';
import { subDir, testDir } from '../helpers/tmp';
import { CHEN_ID, WANG_FANG_ID } from '../peopleSetup';
import { startRegistry } from '../helpers/host';

describe('backups', () => {
  it('makes a checked backup beside the registry that lists with its counts, and audits it', async () => {
    const { path, call } = startRegistry();
    await call('people.create', { name: '王芳', docNumber: WANG_FANG_ID });
    await call('people.create', { name: '陈明', docNumber: CHEN_ID });

    const made = await call('backups.create', {});
    expect(dirname(made.path)).toBe(join(dirname(path), 'backups'));
    expect(made.name).toMatch(/^registry-\d{4}-\d{2}-\d{2}-\d{4}\.sqlite3$/);
    expect(existsSync(`${made.path}.json`)).toBe(true);

    const { folder, backups } = await call('backups.list', {});
    expect(folder).toBe(backupsFolderOf(path));
    expect(backups).toHaveLength(1);
    const [entry] = backups;
    expect(entry).toMatchObject({ name: made.name, status: 'ok', problem: null, bytes: statSync(made.path).size });
    expect(entry.manifest).toMatchObject({
      reason: 'manual',
      encrypted: false,
      counts: { people: 2, donations: 0, enrollments: 0, pledges: 0, wristbandParticipants: 0 },
      verify: { ok: true, problem: null },
    });
    expect(await call('backups.verify', { file: made.path })).toMatchObject({ ok: true, counts: { people: 2 } });

    const audit = await call('audit.list', { action: 'backup.create' });
    expect(audit.rows.map((r) => [r.actor, r.after])).toEqual([['陈红', { file: made.name, reason: 'manual' }]]);
  });

  it('gives a second backup in the same minute its own name', async () => {
    const { call } = startRegistry();
    const first = await call('backups.create', {});
    const second = await call('backups.create', {});
    expect(second.path).not.toBe(first.path);
    expect((await call('backups.list', {})).backups).toHaveLength(2);
  });

  it('lists a truncated backup as failed and refuses to restore it, changing nothing', async () => {
    const { call, refusal, names } = startRegistry();
    await call('people.create', { name: '王芳', docNumber: WANG_FANG_ID });
    const made = await call('backups.create', {});
    await call('people.create', { name: '陈明', docNumber: CHEN_ID });
    truncateSync(made.path, Math.floor(statSync(made.path).size / 2));

    const [entry] = (await call('backups.list', {})).backups;
    expect(entry.status).toBe('failed');
    expect(entry.problem).not.toBeNull();
    const check = await call('backups.verify', { file: made.path });
    expect(check.ok).toBe(false);
    expect(check.problem).not.toBeNull();

    expect((await refusal('backups.restore', { file: made.path })).code).toBe('DB_INVALID');
    expect(await names()).toEqual(['王芳', '陈明']);
    // Refused before anything happened: no copy of the current data was needed.
    expect((await call('backups.list', {})).backups.map((b) => b.manifest?.reason ?? null)).toEqual(['manual']);
  });

  it('shows files without a manifest and files that are no registry, never hiding them', async () => {
    const { call } = startRegistry();
    const made = await call('backups.create', {});
    const folder = dirname(made.path);
    copyFileSync(made.path, join(folder, 'copied-by-hand.sqlite3'));
    writeFileSync(join(folder, 'notes.sqlite3'), 'not a database at all, just some text that is long enough');
    writeFileSync(join(folder, 'empty.sqlite3'), '');

    const statuses = Object.fromEntries((await call('backups.list', {})).backups.map((b) => [b.name, b.status]));
    expect(statuses).toEqual({ [made.name]: 'ok', 'copied-by-hand.sqlite3': 'unverified', 'notes.sqlite3': 'failed', 'empty.sqlite3': 'failed' });
  });

  it('restores a backup: only its records, the replaced data kept as a before-restore backup, audited in the restored registry', async () => {
    const { call, names } = startRegistry();
    await call('people.create', { name: '王芳', docNumber: WANG_FANG_ID });
    const made = await call('backups.create', {});
    await call('people.create', { name: '陈明', docNumber: CHEN_ID });

    const result = await call('backups.restore', { file: made.path });
    expect(result.restoredFrom).toBe(made.path);
    expect(await names()).toEqual(['王芳']);

    const { backups } = await call('backups.list', {});
    const before = backups.find((b) => b.path === result.beforeRestore);
    expect(before).toMatchObject({ status: 'ok', manifest: { reason: 'before-restore', counts: { people: 2 } } });

    const restores = (await call('audit.list', { action: 'backup.restore' })).rows;
    expect(restores.map((r) => [r.actor, (r.after as { file: string }).file])).toEqual([['陈红', made.name]]);

    // A wrong restore is undone from the same list.
    await call('backups.restore', { file: result.beforeRestore });
    expect(await names()).toEqual(['王芳', '陈明']);
  });

  it('backs up to another folder (a USB stick), which rotation and the list leave alone', async () => {
    const { call } = startRegistry();
    await call('people.create', { name: '王芳', docNumber: WANG_FANG_ID });
    const stick = subDir('U盘');
    const made = await call('backups.create', { folder: stick });
    expect(dirname(made.path)).toBe(stick);
    expect(made).toMatchObject({ status: 'ok', manifest: { counts: { people: 1 } } });
    expect((await call('backups.list', {})).backups).toEqual([]);
    const audit = await call('audit.list', { action: 'backup.create' });
    expect(audit.rows[0].after).toEqual({ file: made.name, reason: 'manual', path: made.path });
  });

  it('says so when the chosen folder cannot be written (a stick not plugged in)', async () => {
    const { refusal } = startRegistry();
    writeFileSync(join(testDir(), 'not-a-folder'), 'x');
    const refused = await refusal('backups.create', { folder: join(testDir(), 'not-a-folder', 'backups') });
    expect(refused).toMatchObject({ code: 'NOT_FOUND', details: { reason: 'FOLDER_UNAVAILABLE' } });
  });

  it('refuses relative paths and the registry file itself', async () => {
    const { path, refusal } = startRegistry();
    expect((await refusal('backups.create', { folder: 'backups' })).code).toBe('INVALID_INPUT');
    expect((await refusal('backups.restore', { file: basename(path) })).code).toBe('INVALID_INPUT');
    expect((await refusal('backups.restore', { file: path })).code).toBe('INVALID_INPUT');
    expect((await refusal('backups.restore', { file: join(testDir(), 'nothing-here.sqlite3') })).code).toBe('NOT_FOUND');
    expect((await refusal('backups.verify', { file: testDir() })).code).toBe('NOT_FOUND');
  });

  it('is for administrators, and signs out whoever restored: the restored registry may not know them', async () => {
    const { host } = startRegistry();
    const dispatch = createDispatcher(host, { requireSignIn: true });
    const call = async <M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> => {
      const response = await dispatch(method, input);
      if ('error' in response) throw new Error(`${method}: ${response.error.code} ${response.error.message}`);
      return response.data as OutputOf<M>;
    };
    const admin = await call('account.setup', { name: '陈红', password: '管理员的密码2026' });
    const clerk = await call('staff.create', { name: '李丽', password: '工作人员密码2026', role: 'staff' });
    const made = await call('backups.create', {});

    await call('session.signOut', {});
    await call('session.signIn', { staffId: clerk.id, password: '工作人员密码2026' });
    await call('backups.create', {});
    const refused = await dispatch('backups.restore', { file: made.path });
    expect('error' in refused && refused.error.code).toBe('FORBIDDEN');

    await call('session.signOut', {});
    await call('session.signIn', { staffId: admin.staff.id, password: '管理员的密码2026' });
    await call('backups.restore', { file: made.path });
    expect(await call('session.get', {})).toMatchObject({ staff: null });
    const afterwards = await dispatch('people.list', {});
    expect('error' in afterwards && afterwards.error.code).toBe('UNAUTHORIZED');
  });
});
