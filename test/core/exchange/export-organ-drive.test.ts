// Organ-pledge batches (new, changed and revoked pledges since the last batch) and drive
// reports (one drive or a date range, with a totals line checked against our own count).
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { columnOf, exportSetup } from './exportSetup';

const cells = (sheet: ExcelJS.Worksheet, header: string) => {
  const column = columnOf(sheet, header);
  const out: unknown[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) out.push(row.getCell(column).value);
  });
  return out;
};

describe('organ pledge batches', () => {
  it('sends new pledges, then changes and revocations, each once', async () => {
    const t = exportSetup();
    const a = await t.person('王德明', '1960-08-15');
    const b = await t.person('刘芳', '1970-02-01');
    const pledged = await t.call('organ.pledge', {
      personId: a.id,
      registeredOn: '2024-04-01',
      kinds: ['organs', 'corneas'],
      organs: ['kidney', 'liver'],
      cardNumber: 'GD-2024-0001',
      familyConsents: [{ name: '王建华', relation: 'adult_child', date: '2024-04-01' }],
    });
    const first = await t.call('exports.create', { kind: 'organ' });
    expect(first.rows).toBe(1);
    let sheet = await t.stagedSheet(first.file!.fileId);
    expect(cells(sheet, '登记类别')).toEqual(['新登记']);
    expect(cells(sheet, '捐献内容')).toEqual(['器官、眼角膜']);
    expect(cells(sheet, '捐献器官')).toEqual(['肝脏、肾脏']);
    expect(cells(sheet, '家属同意')).toEqual(['王建华（成年子女，2024-04-01）']);
    expect(sheet.getRow(2).getCell(columnOf(sheet, '登记卡号')).numFmt).toBe('@');

    // A pledge made and revoked between two batches is not news to the registry above.
    const madeAndGone = await t.call('organ.pledge', { personId: b.id, registeredOn: '2024-05-01', kinds: ['corneas'], cardNumber: 'GD-2024-0002' });
    await t.call('organ.revoke', { pledgeId: madeAndGone.current!.id, revokedOn: '2024-05-03' });
    const changed = await t.call('organ.change', { pledgeId: pledged.current!.id, changedOn: '2024-06-01', kinds: ['organs'], cardNumber: 'GD-2024-0001' });
    const second = await t.call('exports.create', { kind: 'organ' });
    sheet = await t.stagedSheet(second.file!.fileId);
    expect(cells(sheet, '姓名')).toEqual(['王德明']);
    expect(cells(sheet, '登记类别')).toEqual(['变更']);
    expect(cells(sheet, '捐献器官')).toEqual(['全部可捐器官']);

    await t.call('organ.revoke', { pledgeId: changed.current!.id, revokedOn: '2024-07-01', reason: '本人意愿' });
    const third = await t.call('exports.create', { kind: 'organ' });
    sheet = await t.stagedSheet(third.file!.fileId);
    expect(cells(sheet, '登记类别')).toEqual(['撤销']);
    expect(cells(sheet, '撤销原因')).toEqual(['本人意愿']);
    expect((cells(sheet, '撤销日期')[0] as Date).toISOString().slice(0, 10)).toBe('2024-07-01');
    expect((await t.call('exports.create', { kind: 'organ' })).rows).toBe(0);
  });
});

describe('drive reports', () => {
  it('lists every visit of a drive with totals that match our own count', async () => {
    const t = exportSetup();
    const drive = await t.call('blood.saveDrive', { date: '2024-05-20', site: '金平区人民广场', organiser: '金平区红十字会' });
    const other = await t.call('blood.saveDrive', { date: '2024-05-21', site: '龙湖区政府' });
    const people = await Promise.all(['甲', '乙', '丙', '丁'].map((n, i) => t.person(`张${n}`, `198${i}-01-01`)));
    const visits = [
      { personId: people[0].id, kind: 'whole_blood', volumeMl: 400 },
      { personId: people[1].id, kind: 'whole_blood', volumeMl: 300 },
      { personId: people[2].id, kind: 'platelets', units: 1.5 },
      // Deferred, then accepted the same day: one person who came and donated.
      { personId: people[3].id, kind: 'whole_blood', outcome: 'deferred', deferralReason: 'blood_pressure' },
      { personId: people[3].id, kind: 'whole_blood', volumeMl: 200 },
    ] as const;
    for (const v of visits) expect((await t.call('blood.recordDonation', { date: '2024-05-20', driveId: drive.id, ...v })).status).toBe('saved');
    const fifth = await t.person('张戊', '1985-01-01');
    await t.call('blood.recordDonation', { personId: fifth.id, date: '2024-05-21', driveId: other.id, kind: 'platelets', units: 1 });

    const report = await t.call('exports.create', { kind: 'drive-report', driveId: drive.id });
    expect(report.rows).toBe(visits.length);
    const sheet = await t.stagedSheet(report.file!.fileId);
    expect(cells(sheet, '结果').slice(0, visits.length)).toEqual(['献血', '献血', '献血', '暂缓', '献血']);
    expect(cells(sheet, '暂缓原因')[3]).toBe('血压不合格');
    expect(sheet.getRow(2).getCell(columnOf(sheet, '全血量（ml）')).value).toBe(400);

    // Our own count from what the test recorded.
    const came = new Set(visits.map((v) => v.personId)).size;
    const donated = new Set(visits.filter((v) => !('outcome' in v)).map((v) => v.personId)).size;
    const ml = visits.reduce((sum, v) => sum + ('volumeMl' in v ? v.volumeMl : 0), 0);
    const units = visits.reduce((sum, v) => sum + ('units' in v ? v.units : 0), 0);
    const footer = sheet.getRow(visits.length + 2);
    expect(footer.getCell(1).value).toBe('合计');
    expect(footer.getCell(2).value).toBe(
      `献血活动：2024-05-20 金平区人民广场；来访 ${came} 人，献血 ${donated} 人，暂缓 ${came - donated} 人；全血 ${ml} ml，单采血小板 ${units} 治疗量`,
    );

    // A date range takes both drives; reports are pictures, so the same visits may be reported again.
    const range = await t.call('exports.create', { kind: 'drive-report', from: '2024-05-01', to: '2024-05-31' });
    expect(range.rows).toBe(visits.length + 1);
    expect((await t.call('exports.create', { kind: 'drive-report', from: '2023-01-01', to: '2023-12-31' })).rows).toBe(0);
    expect((await t.refusal('exports.create', { kind: 'drive-report', driveId: 9999 })).code).toBe('NOT_FOUND');
    expect((await t.refusal('exports.create', { kind: 'drive-report' })).code).toBe('INVALID_INPUT');
    expect((await t.refusal('exports.create', { kind: 'cmdp', driveId: drive.id })).code).toBe('INVALID_INPUT');
  });
});
