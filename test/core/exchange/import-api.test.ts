// The import as the renderer drives it, through the dispatcher: a file uploaded in chunks into
// the staging store, a preview job polled to the end (or cancelled), the issues paged, the
// commit, the invalid rows downloaded as a sheet and read back, and the import history.
import { existsSync, mkdirSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatcher } from '../../../electron/api/dispatch';
import type { ImportJobStatus } from '../../../electron/contract/imports';
import { fileStore, stagingDir } from '../../../electron/registry/files/store';
import { safeFileName } from '../../../electron/registry/files/names';
import { tempRegistry, testDir } from '../helpers/tmp';
import { residentId, withWrongCheck } from './fixtures/ids';
import { writePeopleSheet } from './fixtures/people';
import { writeXlsx } from './fixtures/sheets';

async function call<T>(dispatch: Dispatcher, method: string, input: unknown): Promise<T> {
  const response = await dispatch(method, input);
  if ('error' in response) throw new Error(`${response.error.code}: ${response.error.message}`);
  return response.data as T;
}

/** Uploads as the renderer does: begin, 2 MiB chunks of base64, finish. */
async function upload(dispatch: Dispatcher, path: string, name: string, chunk = 2 * 1024 * 1024): Promise<string> {
  const bytes = readFileSync(path);
  const { fileId } = await call<{ fileId: string }>(dispatch, 'files.begin', { name, size: bytes.length });
  for (let offset = 0; offset < bytes.length; offset += chunk) {
    await call(dispatch, 'files.append', { fileId, offset, base64: bytes.subarray(offset, offset + chunk).toString('base64') });
  }
  await call(dispatch, 'files.finish', { fileId });
  return fileId;
}

async function download(dispatch: Dispatcher, fileId: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (let offset = 0, done = false; !done; ) {
    const chunk = await call<{ base64: string; nextOffset: number; done: boolean }>(dispatch, 'files.read', { fileId, offset });
    parts.push(Buffer.from(chunk.base64, 'base64'));
    ({ nextOffset: offset, done } = chunk);
  }
  return Buffer.concat(parts);
}

async function finished(dispatch: Dispatcher, jobId: string): Promise<ImportJobStatus> {
  for (;;) {
    const status = await call<ImportJobStatus>(dispatch, 'imports.status', { jobId });
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('staging store', () => {
  it('takes chunks in order only, checks the size, hashes the file and gives it back unchanged', async () => {
    const registry = tempRegistry();
    const dispatch = createDispatcher(registry, { actor: '测试员' });
    const path = join(testDir(), 'bytes.bin');
    const bytes = Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 251));
    writeFileSync(path, bytes);
    const fileId = await upload(dispatch, path, '../../etc/名单 2026.xlsx', 1024);
    const info = await call<{ name: string; size: number; sha256: string }>(dispatch, 'files.info', { fileId });
    expect(info).toMatchObject({ name: '名单 2026.xlsx', size: 5000 });
    expect(info.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await download(dispatch, fileId)).equals(bytes)).toBe(true);
    expect(stagingDir(registry.path)).toBe(`${registry.path}.files`);

    const { fileId: other } = await call<{ fileId: string }>(dispatch, 'files.begin', { name: 'a.csv', size: 10 });
    expect(await dispatch('files.append', { fileId: other, offset: 5, base64: 'AAAA' })).toMatchObject({ error: { code: 'INVALID_INPUT' } });
    await call(dispatch, 'files.append', { fileId: other, offset: 0, base64: Buffer.from('12345').toString('base64') });
    expect(await dispatch('files.finish', { fileId: other })).toMatchObject({ error: { code: 'INVALID_INPUT' } });
    expect(await dispatch('files.begin', { name: 'big.xlsx', size: 1024 ** 3 })).toMatchObject({ error: { code: 'INVALID_INPUT' } });
    expect(await dispatch('files.read', { fileId: '../registry', offset: 0 })).toMatchObject({ error: { code: 'INVALID_INPUT' } });
  });

  it('cleans files older than a day when it is opened', () => {
    const registry = tempRegistry('other.sqlite3');
    const dir = stagingDir(registry.path);
    const stale = join(dir, 'ffffffffffffffffffffffffffffffff');
    // A store opened by an earlier run left this behind two days ago.
    mkdirSync(dir, { recursive: true });
    writeFileSync(stale, 'old');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    utimesSync(stale, twoDaysAgo, twoDaysAgo);
    fileStore(registry.path);
    expect(existsSync(stale)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps names displayable and harmless', () => {
    expect(safeFileName('C:\\Users\\x\\献血<名单>.xlsx')).toBe('献血_名单_.xlsx');
    expect(safeFileName('..')).toBe('文件');
    expect(safeFileName(`${'长'.repeat(300)}.xlsx`)).toMatch(/^长+\.xlsx$/);
  });
});

describe('import through the API', () => {
  it('previews as a job, pages the issues, commits once and offers the invalid rows as a sheet', async () => {
    const registry = tempRegistry();
    const dispatch = createDispatcher(registry, { actor: '测试员' });
    const path = join(testDir(), '名单.xlsx');
    const good = residentId('1990-01-01', 'M', 1);
    const bad = withWrongCheck(residentId('1991-01-01', 'F', 2));
    await writeXlsx(path, { titles: ['名单'], header: ['姓名', '身份证号码', '备注'], rows: [['陈明', good, null], ['林芳', bad, '=1+1'], [null, residentId('1992-01-01', 'M', 3), null]] });
    const fileId = await upload(dispatch, path, '名单.xlsx');
    const { jobId } = await call<{ jobId: string }>(dispatch, 'imports.start', { fileId, kind: 'people' });
    const status = await finished(dispatch, jobId);
    expect(status).toMatchObject({ state: 'done', progress: 1, preview: { rows: 3, valid: 1, invalid: 2, fileName: '名单.xlsx' } });
    const issues = await call<{ rows: { row: number; code: string }[]; total: number }>(dispatch, 'imports.issues', { jobId, code: 'ID_CHECKSUM' });
    expect(issues).toEqual({ rows: [expect.objectContaining({ row: 4, code: 'ID_CHECKSUM', field: 'docNumber' })], total: 1 });

    const sheet = await call<{ fileId: string; name: string; rows: number }>(dispatch, 'imports.invalidRows', { jobId });
    expect(sheet).toMatchObject({ name: '名单-问题行.xlsx', rows: 2 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download(dispatch, sheet.fileId)) as unknown as ArrayBuffer);
    const rows = workbook.worksheets[0].getSheetValues().slice(1) as unknown[][];
    expect(rows[0].slice(1)).toEqual(['姓名', '身份证号码', '备注', '问题', '原行号']);
    expect(rows[1].slice(1, 4)).toEqual(['林芳', bad, "'=1+1"]);
    expect(String(rows[1][4])).toContain('校验位');
    expect(rows[1][5]).toBe(4);
    expect(workbook.worksheets[0].getCell('B2').numFmt).toBe('@');

    expect(await call(dispatch, 'imports.commit', { jobId, onDuplicate: 'skip' })).toMatchObject({ created: 1, updated: 0, skipped: 0 });
    expect(await dispatch('imports.commit', { jobId })).toMatchObject({ error: { code: 'INVALID_INPUT' } });
    const history = await call<{ rows: { fileName: string; importedBy: string; sha256: string }[]; total: number }>(dispatch, 'imports.list', {});
    expect(history.total).toBe(1);
    expect(history.rows[0]).toMatchObject({ fileName: '名单.xlsx', importedBy: '测试员' });
    const audit = registry.db.prepare("SELECT actor, entity_id FROM audit_log WHERE action = 'import.commit'").all();
    expect(audit).toEqual([{ actor: '测试员', entity_id: 1 }]);
  });

  it('cancels a long preview and stays answering while it runs', async () => {
    const registry = tempRegistry();
    const dispatch = createDispatcher(registry, { actor: '测试员' });
    const path = await writePeopleSheet(join(testDir(), 'big.xlsx'), 20_000);
    const fileId = await upload(dispatch, path, 'big.xlsx');
    const { jobId } = await call<{ jobId: string }>(dispatch, 'imports.start', { fileId, kind: 'people' });
    // Other calls are answered while the preview runs: the main process is not blocked.
    const during = await call<ImportJobStatus>(dispatch, 'imports.status', { jobId });
    expect(during.state).toBe('running');
    await new Promise((resolve) => setTimeout(resolve, 200));
    await call(dispatch, 'imports.cancel', { jobId });
    const status = await finished(dispatch, jobId);
    expect(status.state).toBe('cancelled');
    expect(await dispatch('imports.commit', { jobId })).toMatchObject({ error: { code: 'INVALID_INPUT' } });
    expect((registry.db.prepare('SELECT count(*) AS n FROM person').get() as { n: number }).n).toBe(0);
  });
});
