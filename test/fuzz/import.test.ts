// Bad spreadsheets through the whole import path, as the renderer drives it: staged in chunks,
// previewed as a job, committed. Mutated and truncated .xlsx and .csv bytes, random bytes, zip
// bombs, a 1 MB cell, the encodings Chinese offices produce. Whatever the file, the job ends
// (no hang) with rows or a refusal staff can act on (a known code, a Chinese message, never
// INTERNAL), memory stays bounded, and a refused file writes nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatcher } from '../../electron/api/dispatch';
import { ERROR_CODES } from '../../electron/contract/errors';
import type { Registry } from '../../electron/registry/registry';
import { residentId } from '../core/exchange/fixtures/ids';
import { writeCsv, writeXlsx, type SheetSpec } from '../core/exchange/fixtures/sheets';
import { testDir } from '../core/helpers/tmp';
import { settled, stage } from './api/samples';
import { CHINESE, fuzzParams } from './helpers/config';
import { seededRegistry, seededTemplate, writeWatch, type SeededTemplate } from './helpers/registry';
import { zipBomb } from './helpers/zip';

const SPEC: SheetSpec = {
  titles: ['2026年12月 峡山街道 献血者名单'],
  header: ['姓名', '身份证号码', '手机号码', '住址'],
  rows: [
    ['陈秀英', residentId('1990-01-01', 'F', 1), '13800138000', '峡山街道东山村'],
    ['林伟强', residentId('1985-06-15', 'M', 2), '13900139000', '两英镇西新村'],
    ['黄丽娜', residentId('2001-11-30', 'F', 3), null, '陈店镇溪口村'],
  ],
  footer: [['填表人：郑明', null, null, null]],
};

let template: SeededTemplate;
const tally = { files: 0, read: 0, refused: 0, internal: 0 };

beforeAll(() => {
  template = seededTemplate();
});

afterAll(() => {
  template.remove();
  console.log(`[fuzz] import: ${tally.files} files (mutated, truncated, random, bombs, huge cells, encodings) = ${tally.read} read, ${tally.refused} refused, ${tally.internal} internal errors`);
});

function open(name?: string): { registry: Registry; dispatch: Dispatcher } {
  const registry = seededRegistry(template, name);
  return { registry, dispatch: createDispatcher(registry, { actor: '陈红' }) };
}

async function bytesOf(kind: 'xlsx' | 'csv'): Promise<Buffer> {
  const path = join(testDir(), `名单.${kind}`);
  if (kind === 'xlsx') await writeXlsx(path, SPEC);
  else writeCsv(path, SPEC, 'utf8');
  return readFileSync(path);
}

interface Outcome {
  readonly state: string;
  readonly error: { code: string; message: string } | null;
}

function expectStructured(error: { code: string; message: string }): void {
  expect(ERROR_CODES).toContain(error.code);
  expect(error.code, error.message).not.toBe('INTERNAL');
  expect(error.message).toMatch(CHINESE);
}

/**
 * Stages `bytes`, previews them as a people import and commits what the preview accepts.
 * Checks on the way that every refusal is structured and leaves the registry as it was.
 */
async function importFile(registry: Registry, dispatch: Dispatcher, bytes: Buffer, name: string): Promise<Outcome> {
  const watch = writeWatch(() => registry.db);
  const path = join(testDir(), 'upload.bin');
  writeFileSync(path, bytes);
  const fileId = await stage(dispatch, path, name);
  const started = await dispatch('imports.start', { fileId, kind: 'people' });
  if ('error' in started) throw new Error(`imports.start refused: ${started.error.message}`);
  const { jobId } = started.data as { jobId: string };
  const status = await settled(dispatch, jobId);
  tally.files += 1;
  if (status.state === 'failed') {
    tally.refused += 1;
    if (status.error?.code === 'INTERNAL') tally.internal += 1;
    expect(status.error).not.toBeNull();
    expectStructured(status.error!);
    expect(watch.unchanged(), 'a refused file changed the registry').toBe(true);
    return status;
  }
  expect(status.state).toBe('done');
  tally.read += 1;
  watch.before();
  const committed = await dispatch('imports.commit', { jobId, onDuplicate: 'update' });
  if ('error' in committed) {
    expectStructured(committed.error);
    expect(watch.unchanged(), 'a refused commit changed the registry').toBe(true);
  }
  await dispatch('files.discard', { fileId });
  return status;
}

/** A file with some bytes flipped, cut short, grown or shrunk in the middle, or nothing like it at all. */
function mutated(base: Buffer): fc.Arbitrary<Buffer> {
  const last = base.length - 1;
  return fc.oneof(
    fc.array(fc.tuple(fc.nat(last), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => {
      const bytes = Buffer.from(base);
      for (const [at, mask] of flips) bytes[at] ^= mask;
      return bytes;
    }),
    fc.nat(last).map((length) => base.subarray(0, length)),
    fc.tuple(fc.nat(base.length), fc.uint8Array({ minLength: 1, maxLength: 64 })).map(([at, extra]) => Buffer.concat([base.subarray(0, at), extra, base.subarray(at)])),
    fc.tuple(fc.nat(last), fc.integer({ min: 1, max: 512 })).map(([at, n]) => Buffer.concat([base.subarray(0, at), base.subarray(at + n)])),
    fc.uint8Array({ maxLength: 4096 }).map((bytes) => Buffer.from(bytes)),
  );
}

describe('importing bad files', () => {
  it.each(['xlsx', 'csv'] as const)('reads or refuses every mutated .%s, and a refusal writes nothing', async (kind) => {
    const { registry, dispatch } = open();
    const base = await bytesOf(kind);
    await fc.assert(
      fc.asyncProperty(mutated(base), async (bytes) => {
        const outcome = await importFile(registry, dispatch, bytes, `名单.${kind}`);
        expect(['done', 'failed']).toContain(outcome.state);
      }),
      fuzzParams(kind === 'xlsx' ? 150 : 100, { timeout: 30_000 }),
    );
    expect(registry.verify().ok).toBe(true);
  }, 180_000);

  it('ends the preview of a sheet whose zipped part was damaged, instead of running forever', async () => {
    const { registry, dispatch } = open();
    // Ten bytes inserted into a deflated part, as a fuzz run found them: the zip reader fails
    // ("invalid distance too far back") and exceljs waited for the part's end for ever.
    const base = await bytesOf('xlsx');
    const name = base.indexOf('xl/_rels/workbook.xml.rels');
    const data = name + 'xl/_rels/workbook.xml.rels'.length + base.readUInt16LE(name - 2);
    const damaged = Buffer.concat([base.subarray(0, data + 145), Buffer.from('72500bf85846faff3ff3', 'hex'), base.subarray(data + 145)]);
    const outcome = await importFile(registry, dispatch, damaged, '名单.xlsx');
    expect(outcome).toMatchObject({ state: 'failed', error: { code: 'INVALID_INPUT' } });
  }, 30_000);

  // Shared strings first (exceljs reads the sheet as it inflates), or the sheet first, as exceljs
  // itself writes them (exceljs then copies the sheet to a temporary file before reading it).
  it.each([
    ['rows', 'shared strings first'],
    ['cell', 'shared strings first'],
    ['cell', 'sheet first'],
  ] as const)('refuses a zip bomb (%s, %s) without holding it in memory', async (shape, order) => {
    const { registry, dispatch } = open();
    // 400 MB inflated from well under a megabyte.
    const bomb = await zipBomb(shape, 400, order === 'sheet first');
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    try {
      const outcome = await importFile(registry, dispatch, bomb, '名单.xlsx');
      expect(outcome.state).toBe('failed');
      expect(outcome.error?.message).toContain('解压后');
    } finally {
      clearInterval(sampler);
    }
    // The bomb inflates to 400 MB (800 MB as a JavaScript string): reading it whole would show here.
    expect(peak - before).toBeLessThan(300 * 1024 * 1024);
  }, 120_000);

  it('reads a sheet with a 1 MB cell: that row is refused, the others imported', async () => {
    const { registry, dispatch } = open();
    const path = join(testDir(), '长单元格.xlsx');
    await writeXlsx(path, { header: SPEC.header, rows: [['陈'.repeat(1024 * 1024), residentId('1970-02-02', 'M', 4), null, null], ...SPEC.rows] });
    const last = registry.db.prepare('SELECT max(id) FROM person').pluck().get() as number;
    const outcome = await importFile(registry, dispatch, readFileSync(path), '长单元格.xlsx');
    expect(outcome.state).toBe('done');
    expect(registry.db.prepare('SELECT name FROM person WHERE id > ? ORDER BY id').pluck().all(last)).toEqual(['陈秀英', '林伟强', '黄丽娜']);
  });

  it('reads UTF-8 (with or without BOM) and GB18030 alike, and refuses UTF-16 rather than importing garbled names', async () => {
    const text = (await bytesOf('csv')).toString('utf8');
    const encodings: [string, Buffer, 'read' | 'either'][] = [
      ['utf8', Buffer.from(text, 'utf8'), 'read'],
      ['utf8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), 'read'],
      ['gb18030', iconv.encode(text, 'gb18030'), 'read'],
      ['utf16le-bom', iconv.encode(text, 'utf16le', { addBOM: true }), 'either'],
      ['utf16be-bom', iconv.encode(text, 'utf16be', { addBOM: true }), 'either'],
      ['utf16le', iconv.encode(text, 'utf16le'), 'either'],
    ];
    for (const [label, bytes, expected] of encodings) {
      // A registry each: a file read garbled must not hide behind one read right before it.
      const { registry, dispatch } = open(`registry-${label}.sqlite3`);
      const last = registry.db.prepare('SELECT max(id) FROM person').pluck().get() as number;
      const outcome = await importFile(registry, dispatch, bytes, `名单-${label}.csv`);
      const added = registry.db.prepare('SELECT name FROM person WHERE id > ? ORDER BY id').pluck().all(last);
      if (expected === 'read') expect(added, label).toEqual(['陈秀英', '林伟强', '黄丽娜']);
      else expect([[], ['陈秀英', '林伟强', '黄丽娜']], `${label}: ${outcome.state}`).toContainEqual(added);
    }
  });

  it('fails the job, not the process, when the file is discarded as its preview starts', async () => {
    const { registry, dispatch } = open();
    for (const kind of ['xlsx', 'csv'] as const) {
      const path = join(testDir(), `名单.${kind}`);
      writeFileSync(path, await bytesOf(kind));
      const fileId = await stage(dispatch, path, `名单.${kind}`);
      // Not awaited in between: the discard lands while the preview opens the file.
      const [started] = await Promise.all([dispatch('imports.start', { fileId, kind: 'people' }), dispatch('files.discard', { fileId })]);
      if ('error' in started) continue;
      const status = await settled(dispatch, (started.data as { jobId: string }).jobId);
      if (status.state === 'failed') expect(status.error?.code).not.toBe('INTERNAL');
    }
    expect(registry.verify().ok).toBe(true);
  });
});
