// After a batch is made: submitted, closed with CMDP's returned sheet (donor IDs filled in per
// ID number), and the templates staff edit in Settings — checked on save and on load.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportSetup } from './exportSetup';

type Setup = ReturnType<typeof exportSetup>;

/** Uploads a sheet the way the renderer does, through the files methods. */
async function upload(t: Setup, name: string, bytes: Buffer): Promise<string> {
  const { fileId } = await t.call('files.begin', { name, size: bytes.length });
  await t.call('files.append', { fileId, offset: 0, base64: bytes.toString('base64') });
  await t.call('files.finish', { fileId });
  return fileId;
}

/** CMDP's answer as work stations send it: a merged title row above the header. */
async function returnedSheet(rows: [string, string, string][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('反馈');
  sheet.addRow(['中华骨髓库入库反馈表']);
  sheet.mergeCells('A1:D1');
  sheet.addRow(['序号', '姓名', '身份证号码', '中华骨髓库编号']);
  rows.forEach((r, i) => sheet.addRow([i + 1, ...r]));
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('closing a batch', () => {
  it('fills CMDP donor IDs from the returned sheet into the batch volunteers only', async () => {
    const t = exportSetup();
    const a = await t.sampledVolunteer('陈志强');
    const b = await t.sampledVolunteer('郑丽娜');
    const made = await t.call('exports.create', { kind: 'cmdp' });
    const outsider = await t.person('外人', '1990-01-01');
    const batchId = made.batch!.id;

    expect((await t.refusal('exports.close', { batchId })).message).toMatch(/返回的表格/);
    expect(await t.call('exports.submit', { batchId })).toMatchObject({ status: 'submitted', submittedBy: 'staff-1' });
    expect((await t.refusal('exports.submit', { batchId })).message).toMatch(/已提交/);

    const fileId = await upload(
      t,
      '骨髓库反馈.xlsx',
      await returnedSheet([
        ['陈志强', a.docNumber.toLowerCase(), '440500123456'],
        ['郑丽娜', b.docNumber, '4405'],
        ['外人', outsider.docNumber, '440500999999'],
      ]),
    );
    const closed = await t.call('exports.close', { batchId, fileId });
    expect(closed).toMatchObject({ status: 'closed', closedBy: 'staff-1', closeResult: { filled: 1, unchanged: 0, notInBatch: 1, invalid: 1 } });
    expect((await t.call('stemcell.get', { personId: a.id }))!.cmdpDonorId).toBe('440500123456');
    expect((await t.call('stemcell.get', { personId: b.id }))!.cmdpDonorId).toBeNull();
    const audit = await t.call('audit.list', { action: 'exports.close' });
    expect(audit.rows[0].after).toMatchObject({ kind: 'cmdp', rows: 2, filled: 1 });
  });

  it('refuses a returned sheet without the two columns, and changes nothing', async () => {
    const t = exportSetup();
    await t.sampledVolunteer('陈志强');
    const made = await t.call('exports.create', { kind: 'cmdp' });
    const book = new ExcelJS.Workbook();
    book.addWorksheet('s').addRow(['姓名', '电话']);
    const fileId = await upload(t, 'wrong.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
    expect((await t.refusal('exports.close', { batchId: made.batch!.id, fileId })).message).toMatch(/没有找到“证件号码”和“中华骨髓库编号”/);
    expect((await t.call('exports.list', {})).rows[0].status).toBe('created');
  });
});

describe('export templates', () => {
  it('uses the template staff saved, and refuses one that would write an ID number as a number', async () => {
    const t = exportSetup();
    await t.sampledVolunteer('陈志强');
    const [cmdp] = await t.call('exports.templates', {});
    expect(cmdp).toMatchObject({ kind: 'cmdp', custom: false, problem: null });
    expect(cmdp.template.columns.length).toBeGreaterThan(10);

    const bad = await t.refusal('exports.saveTemplate', {
      kind: 'cmdp',
      template: { name: '市工作站', sheetName: '名单', columns: [{ header: '身份证', field: 'docNumber', format: 'integer' }] },
    });
    expect(bad.code).toBe('INVALID_INPUT');
    expect(JSON.stringify(bad.details)).toContain('证件号码，不能用这种单元格格式');

    const saved = await t.call('exports.saveTemplate', {
      kind: 'cmdp',
      template: {
        name: '市工作站',
        sheetName: '名单',
        columns: [
          { header: '身份证', field: 'docNumber', format: 'document' },
          { header: '名字', field: 'name', format: 'text' },
        ],
      },
    });
    expect(saved.custom).toBe(true);
    const made = await t.call('exports.create', { kind: 'cmdp' });
    const sheet = await t.stagedSheet(made.file!.fileId);
    expect(sheet.name).toBe('名单');
    expect(sheet.getRow(1).values).toEqual([undefined, '身份证', '名字']);

    expect((await t.call('exports.resetTemplate', { kind: 'cmdp' })).custom).toBe(false);
  });

  it('stops an export with a clear message when the saved template was broken by hand', async () => {
    const t = exportSetup();
    await t.sampledVolunteer('陈志强');
    t.registry.db.prepare("INSERT INTO setting (key, value) VALUES ('exports.template.cmdp', ?)").run(JSON.stringify({ name: 'x', sheetName: 'x', columns: [{ header: 'a', field: 'nope', format: 'text' }] }));
    const refused = await t.refusal('exports.create', { kind: 'cmdp' });
    expect(refused.message).toMatch(/已保存的“中华骨髓库志愿者”导出模板有误：第 1 列（a）的字段“nope”不存在/);
    expect((await t.call('exports.list', {})).total).toBe(0);
    const [cmdp] = await t.call('exports.templates', {});
    expect(cmdp.problem).toMatch(/字段“nope”不存在/);
  });
});
