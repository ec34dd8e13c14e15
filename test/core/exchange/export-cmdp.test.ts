// CMDP batches end to end through the dispatcher: who is ready, one batch per person, the file
// read back with exceljs, reopening, writing a batch again byte for byte, and the audit log.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { columnOf, exportSetup } from './exportSetup';

describe('CMDP export batches', () => {
  it('exports ready volunteers once, with text ID numbers and phones and real dates', async () => {
    const t = exportSetup();
    const ready = await t.sampledVolunteer('陈志强', { address: '=HYPERLINK("http://x","点我")' });
    const noSample = await t.person('林晓燕', '1996-05-01');
    await t.enroll(noSample.id, '2024-03-01');
    const noMobile = await t.person('黄伟', '1994-01-20', { mobile: undefined });
    await t.advanceTo(await t.enroll(noMobile.id, '2024-03-01'), 'sampled');

    const result = await t.call('exports.create', { kind: 'cmdp' });
    expect(result.rows).toBe(1);
    expect(result.notReady.map((n) => [n.name, n.missing])).toEqual([
      ['林晓燕', ['采样']],
      ['黄伟', ['手机号码']],
    ]);
    expect(result.batch).toMatchObject({ kind: 'cmdp', status: 'created', rows: 1, createdBy: 'staff-1', format: 'xlsx' });
    expect(result.file!.sha256).toBe(result.batch!.sha256);

    const sheet = await t.stagedSheet(result.file!.fileId);
    expect(sheet.rowCount).toBe(2);
    const row = sheet.getRow(2);
    const id = row.getCell(columnOf(sheet, '证件号码'));
    expect(id.type).toBe(ExcelJS.ValueType.String);
    expect(id.value).toBe(ready.docNumber);
    expect(id.numFmt).toBe('@');
    const mobile = row.getCell(columnOf(sheet, '手机号码'));
    expect(mobile.type).toBe(ExcelJS.ValueType.String);
    expect(mobile.numFmt).toBe('@');
    const birth = row.getCell(columnOf(sheet, '出生日期'));
    expect(birth.type).toBe(ExcelJS.ValueType.Date);
    expect((birth.value as Date).toISOString().slice(0, 10)).toBe('1995-03-12');
    expect(row.getCell(columnOf(sheet, '紧急联系人1关系')).value).toBe('父母');
    expect(row.getCell(columnOf(sheet, '采样日期')).type).toBe(ExcelJS.ValueType.Date);
    // The address that was a formula is plain text behind an apostrophe; no cell anywhere is a formula.
    expect(row.getCell(columnOf(sheet, '联系地址')).value).toBe('\'=HYPERLINK("http://x","点我")');
    sheet.eachRow((r) => r.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)));

    // Nothing new: rows 0, no batch, no file.
    const again = await t.call('exports.create', { kind: 'cmdp' });
    expect(again).toMatchObject({ rows: 0, batch: null, file: null });
    expect((await t.call('exports.list', {})).total).toBe(1);

    const audit = await t.call('audit.list', { action: 'exports.create' });
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]).toMatchObject({ actor: 'staff-1', entityId: result.batch!.id, after: { kind: 'cmdp', rows: 1 } });
  });

  it('puts a volunteer into a later batch only after their batch is reopened', async () => {
    const t = exportSetup();
    await t.sampledVolunteer('陈志强');
    const first = await t.call('exports.create', { kind: 'cmdp' });
    await t.sampledVolunteer('郑丽娜');
    const second = await t.call('exports.create', { kind: 'cmdp' });
    expect(second.rows).toBe(1);
    expect((await t.stagedSheet(second.file!.fileId)).getRow(2).getCell(1).value).toBe('郑丽娜');

    const reopened = await t.call('exports.reopen', { batchId: first.batch!.id, reason: '骨髓库退回：联系人电话需核实' });
    expect(reopened).toMatchObject({ status: 'reopened', reopenedBy: 'staff-1' });
    const third = await t.call('exports.create', { kind: 'cmdp' });
    expect(third.rows).toBe(1);
    expect((await t.stagedSheet(third.file!.fileId)).getRow(2).getCell(1).value).toBe('陈志强');
    expect((await t.refusal('exports.reopen', { batchId: first.batch!.id, reason: '再次' })).message).toMatch(/已重新打开/);
  });

  it('refuses the second of two batches made at once over the same volunteers, recording only one', async () => {
    const t = exportSetup();
    await t.sampledVolunteer('陈志强');
    const [a, b] = await Promise.all([t.dispatch('exports.create', { kind: 'cmdp' }), t.dispatch('exports.create', { kind: 'cmdp' })]);
    const outcomes = [a, b].map((r) => ('error' in r ? r.error.code : 'created'));
    expect(outcomes.sort()).toEqual(['BUSY', 'created']);
    expect((await t.call('exports.list', {})).total).toBe(1);
    expect(t.registry.db.prepare('SELECT count(*) FROM export_batch_item').pluck().get()).toBe(1);
  });

  it('writes a batch again byte for byte, from what was sent, after the record changed', async () => {
    const t = exportSetup();
    const v = await t.sampledVolunteer('陈志强');
    const made = await t.call('exports.create', { kind: 'cmdp' });
    const original = readFileSync(t.stagedPath(made.file!.fileId));
    await t.call('people.update', { id: v.id, name: '陈志刚' } as never);
    // Past the zip's two-second time resolution, so a clock-stamped entry would differ.
    await new Promise((resolve) => setTimeout(resolve, 2100));

    const again = await t.call('exports.download', { batchId: made.batch!.id });
    expect(again.sha256).toBe(made.batch!.sha256);
    expect(readFileSync(t.stagedPath(again.fileId)).equals(original)).toBe(true);

    const csv = await t.call('exports.download', { batchId: made.batch!.id, format: 'csv' });
    const text = readFileSync(t.stagedPath(csv.fileId), 'utf8');
    expect(text.startsWith('\uFEFF"姓名"')).toBe(true);
    expect(text).toContain(`"陈志强"`);
    expect(text).toContain(`"${v.docNumber}"`);
    expect(csv.name).toMatch(/\.csv$/);
    const downloads = await t.call('audit.list', { action: 'exports.download' });
    expect(downloads.rows.map((r) => (r.after as { format: string }).format).sort()).toEqual(['csv', 'xlsx']);
  });
});
