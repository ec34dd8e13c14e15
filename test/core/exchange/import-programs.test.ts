// The program sheets: one drive's donations (and the donor summary refreshed), stem-cell
// sign-ups with the CMDP age rule, and organ pledges — each through the program's own rules.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DriveInput } from '../../../electron/contract/blood';
import { PersonInput } from '../../../electron/contract/people';
import { saveDrive } from '../../../electron/registry/blood/drives';
import { commitImport } from '../../../electron/registry/exchange/import/commit';
import { previewImport } from '../../../electron/registry/exchange/import/preview';
import { sha256Of } from '../../../electron/registry/files/store';
import { createPerson, findByDocument } from '../../../electron/registry/people/repository';
import type { Registry } from '../../../electron/registry/registry';
import type { ImportKind } from '../../../electron/contract/imports';
import { tempRegistry, testDir } from '../helpers/tmp';
import { residentId } from './fixtures/ids';
import { dataRowNumber, writeXlsx, type SheetSpec } from './fixtures/sheets';

async function run(registry: Registry, spec: SheetSpec, kind: ImportKind, driveId?: number) {
  const path = join(testDir(), `${kind}.xlsx`);
  await writeXlsx(path, spec);
  return previewImport(registry.db, { path, name: `${kind}.xlsx`, sha256: sha256Of(path), kind, driveId });
}

const count = (registry: Registry, sql: string) => (registry.db.prepare(sql).get() as { n: number }).n;

describe('import of program sheets', () => {
  it('records one drive’s donations and refreshes the donor summary', async () => {
    const registry = tempRegistry();
    const drive = saveDrive(registry.db, DriveInput.parse({ date: '2026-03-01', site: '峡山街道广场' }), '测试员');
    const known = residentId('1990-02-02', 'F', 1);
    createPerson(registry.db, PersonInput.parse({ name: '林芳', docNumber: known }), '测试员');
    const young = residentId('2010-01-01', 'M', 2);
    const spec: SheetSpec = {
      titles: ['峡山街道献血活动 2026-03-01'],
      header: ['姓名', '身份证号码', '献血类型', '献血量(ml)', '治疗量', '献血证号'],
      rows: [
        ['陈建', residentId('1988-08-08', 'M', 3), '全血', '400ml', null, 'XZ0001'],
        ['林芳', known, '单采血小板', null, 2, 'XZ0002'],
        ['王小', young, '全血', 200, null, 'XZ0003'],
        ['吴明', residentId('1979-09-09', 'M', 4), '全血', null, null, 'XZ0004'],
        ['郑丽', residentId('1991-01-01', 'F', 5), '全血', 300, null, 'XZ0001'],
      ],
    };
    const data = await run(registry, spec, 'blood-drive', drive.id);
    const codes = (i: number) => data.issues.filter((x) => x.row === dataRowNumber(spec, i)).map((x) => x.code);
    expect(codes(0)).toEqual([]);
    expect(codes(1)).toEqual(['DUPLICATE_IN_REGISTRY']);
    expect(codes(2)).toEqual(['AGE_OUT_OF_RANGE']);
    expect(codes(3)).toEqual(['MISSING_REQUIRED']);
    expect(codes(4)).toEqual(['INVALID_VALUE']);
    expect(data.preview).toMatchObject({ rows: 5, valid: 2, invalid: 3 });

    expect(commitImport(registry.db, data, { onDuplicate: 'skip', decisions: {} }, '测试员')).toMatchObject({ created: 2, skipped: 0 });
    const fang = findByDocument(registry.db, 'resident_id', known)!;
    expect(registry.db.prepare('SELECT donations, platelet_units, last_date FROM blood_donor WHERE person_id = ?').get(fang)).toEqual({ donations: 1, platelet_units: 2, last_date: '2026-03-01' });
    expect(count(registry, `SELECT count(*) AS n FROM donation WHERE drive_id = ${drive.id}`)).toBe(2);

    // The same sheet again: both donations are already recorded, so nothing is added.
    const again = await run(registry, spec, 'blood-drive', drive.id);
    expect(again.issues.filter((i) => i.code === 'ALREADY_RECORDED')).toHaveLength(2);
    expect(commitImport(registry.db, again, { onDuplicate: 'skip', decisions: {} }, '测试员')).toMatchObject({ created: 0, skipped: 2 });
    expect(count(registry, 'SELECT count(*) AS n FROM donation')).toBe(2);
  });

  it('records a donation that breaks an interval rule, with the break noted as a warning', async () => {
    const registry = tempRegistry();
    const earlier = saveDrive(registry.db, DriveInput.parse({ date: '2026-02-01', site: '陈店镇' }), '测试员');
    const drive = saveDrive(registry.db, DriveInput.parse({ date: '2026-03-01', site: '峡山街道广场' }), '测试员');
    const id = residentId('1990-02-02', 'F', 1);
    const spec = (date: string): SheetSpec => ({ titles: [date], header: ['姓名', '身份证号码', '献血量'], rows: [['林芳', id, 400]] });
    commitImport(registry.db, await run(registry, spec('2026-02-01'), 'blood-drive', earlier.id), { onDuplicate: 'skip', decisions: {} }, '测试员');
    const data = await run(registry, spec('2026-03-01'), 'blood-drive', drive.id);
    expect(data.issues.map((i) => [i.code, i.severity])).toEqual([['DONATION_RULE', 'warning'], ['DUPLICATE_IN_REGISTRY', 'warning']]);
    expect(commitImport(registry.db, data, { onDuplicate: 'skip', decisions: {} }, '测试员')).toMatchObject({ created: 1 });
    expect(registry.db.prepare('SELECT date, override_reason IS NOT NULL AS overridden FROM donation ORDER BY date').all()).toEqual([
      { date: '2026-02-01', overridden: 0 },
      { date: '2026-03-01', overridden: 1 },
    ]);
  });

  it('enrolls stem-cell volunteers aged 18–45 on the consent date, with their two contacts', async () => {
    const registry = tempRegistry();
    const spec: SheetSpec = {
      header: ['姓名', '身份证号', '签署日期', '紧急联系人1', '联系人1关系', '联系人1电话', '紧急联系人2', '联系人2关系', '联系人2电话'],
      rows: [
        ['陈一', residentId('2000-05-05', 'M', 1), '2025.6.1', '陈父', '父亲', '13800000001', '陈母', '母亲', '13800000002'],
        ['陈二', residentId('1970-05-05', 'F', 2), '2025年6月1日', '甲', '配偶', '13800000003', '乙', '朋友', '13800000004'],
        ['陈三', residentId('2008-05-05', 'M', 3), '20250601', '甲', '父母', '13800000005', '乙', '同事', '13800000006'],
        ['陈四', residentId('1999-05-05', 'F', 4), '2025-06-01', '甲', '父母', '13800000007', null, null, null],
      ],
    };
    const data = await run(registry, spec, 'cmdp');
    const codes = (i: number) => data.issues.filter((x) => x.row === dataRowNumber(spec, i)).map((x) => x.code);
    expect(codes(0)).toEqual([]);
    expect(codes(1)).toEqual(['AGE_OUT_OF_RANGE']);
    expect(codes(2)).toEqual(['AGE_OUT_OF_RANGE']);
    expect(codes(3)).toEqual(['MISSING_REQUIRED', 'MISSING_REQUIRED']);
    expect(data.issues.find((i) => i.code === 'AGE_OUT_OF_RANGE')!.message).toContain('18–45');
    expect(commitImport(registry.db, data, { onDuplicate: 'skip', decisions: {} }, '测试员')).toMatchObject({ created: 1 });
    expect(registry.db.prepare("SELECT e.consent_date AS date, (SELECT count(*) FROM enrollment_contact c WHERE c.enrollment_id = e.id) AS contacts FROM enrollment e").all()).toEqual([{ date: '2025-06-01', contacts: 2 }]);
  });

  it('records organ pledges and skips a person whose pledge is already in force', async () => {
    const registry = tempRegistry();
    const spec: SheetSpec = {
      header: ['姓名', '身份证号码', '登记日期', '登记卡号', '捐献内容', '捐献器官'],
      rows: [
        ['林一', residentId('1960-01-01', 'M', 1), '2024/5/20', 'C-0001', '器官、眼角膜', '肝脏、肾'],
        ['林二', residentId('1965-01-01', 'F', 2), '2024/5/20', 'C-0002', '角膜', null],
        ['林三', residentId('1966-01-01', 'F', 3), '2024/5/20', 'C-0003', '头发', null],
      ],
    };
    const data = await run(registry, spec, 'organ');
    expect(data.issues.map((i) => [i.row, i.code])).toEqual([[dataRowNumber(spec, 2), 'INVALID_VALUE']]);
    expect(commitImport(registry.db, data, { onDuplicate: 'skip', decisions: {} }, '测试员')).toMatchObject({ created: 2 });
    expect(registry.db.prepare('SELECT card_number, organs, corneas, organ_list FROM pledge ORDER BY id').all()).toEqual([
      { card_number: 'C-0001', organs: 1, corneas: 1, organ_list: '["liver","kidney"]' },
      { card_number: 'C-0002', organs: 0, corneas: 1, organ_list: '[]' },
    ]);
    const again = await run(registry, spec, 'organ');
    expect(again.issues.filter((i) => i.code === 'ALREADY_RECORDED').map((i) => i.row)).toEqual([dataRowNumber(spec, 0), dataRowNumber(spec, 1)]);
  });
});
