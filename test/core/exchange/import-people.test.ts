// Importing people from real sheets written by exceljs and real CSV files: the messy layouts
// drives hand in, every spelling the issue lists, each issue code with the sheet's own row
// number, the duplicate choices, and the commit as all or nothing.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportIssue } from '../../../electron/contract/imports';
import { columnSynonyms } from '../../../electron/registry/exchange/import/columns';
import { commitImport } from '../../../electron/registry/exchange/import/commit';
import { listImports } from '../../../electron/registry/exchange/import/history';
import { previewImport, type PreviewData } from '../../../electron/registry/exchange/import/preview';
import { createPerson, findByDocument, getPerson } from '../../../electron/registry/people/repository';
import { PersonInput } from '../../../electron/contract/people';
import { sha256Of } from '../../../electron/registry/files/store';
import type { Registry } from '../../../electron/registry/registry';
import { tempRegistry, testDir } from '../helpers/tmp';
import { asExcelNumber, residentId, withWrongCheck } from './fixtures/ids';
import { dataRowNumber, writeCsv, writeXlsx, type CsvEncoding, type SheetSpec } from './fixtures/sheets';

const HEADER = ['序号', '名字', '性别', '公民身份号码', '出生年月', '联系电话', '血型', '备注'];
const TITLES = ['2026年春季无偿献血志愿者名单', '填报单位：峡山街道'];

const ids = Array.from({ length: 8 }, (_, i) => residentId(`199${i}-0${(i % 9) + 1}-1${i}`, i % 2 === 0 ? 'M' : 'F', i));
const dates: (string | Date | number)[] = [new Date(Date.UTC(1990, 0, 10)), '1991.2.11', '1992年3月12日', '1993/04/13', '19940514', '1995-06-15', 19960716, '1997-8-17'];
const sexes = ['男', 'F', '男性', '女', 'M', '女', '男', '女'];
const phones = ['138 0013 8000', '+86 139-0013-8001', '13700138002', '0754-88123456', '136-0013-8004', '+8613500138005', '13400138006', '133 0013 8007'];
const bloods = ['A型', 'O', 'AB型Rh阴性', 'B型', 'o型', 'AB', 'A型RH阳性', null];

const messySpec: SheetSpec = {
  titles: TITLES,
  blankBeforeHeader: 1,
  header: HEADER,
  rows: ids.map((id, i) => [i + 1, `陈 ${'明华丽芳建国海燕'[i]}`, sexes[i], id, dates[i], phones[i], bloods[i], null]),
  footer: [[null, null], ['合计', '8人'], ['填表人：林晓', null, null, '审核人：吴建']],
};

async function preview(registry: Registry, path: string, kind: 'people' | 'cmdp' = 'people'): Promise<PreviewData> {
  return previewImport(registry.db, { path, name: path.split('/').pop()!, sha256: sha256Of(path), kind });
}

const codesOf = (issues: readonly ImportIssue[], row: number) => issues.filter((i) => i.row === row).map((i) => i.code);

describe('import of people', () => {
  it('finds the header under merged titles, reads every spelling and ignores blank and footer rows', async () => {
    const registry = tempRegistry();
    const path = join(testDir(), 'messy.xlsx');
    await writeXlsx(path, messySpec);
    const data = await preview(registry, path);
    expect(data.issues).toEqual([]);
    expect(data.preview).toMatchObject({ headerRow: 4, rows: 8, valid: 8, invalid: 0, inRegistry: 0 });
    expect(data.preview.columns).toMatchObject({ name: '名字', docNumber: '公民身份号码', birthDate: '出生年月', mobile: '联系电话' });
    expect(data.preview.ignoredColumns).toEqual(['序号']);

    const result = commitImport(registry.db, data, { onDuplicate: 'skip', decisions: {} }, '测试员');
    expect(result).toMatchObject({ created: 8, updated: 0, skipped: 0 });
    const people = ids.map((id) => getPerson(registry.db, findByDocument(registry.db, 'resident_id', id)!));
    expect(people.map((p) => p.birthDate)).toEqual(['1990-01-10', '1991-02-11', '1992-03-12', '1993-04-13', '1994-05-14', '1995-06-15', '1996-07-16', '1997-08-17']);
    expect(people.map((p) => p.name)).toEqual(['陈明', '陈华', '陈丽', '陈芳', '陈建', '陈国', '陈海', '陈燕']);
    expect(people[0].mobile).toBe('13800138000');
    expect(people[1].mobile).toBe('13900138001');
    expect(people[3].mobile).toBeNull();
    expect(people[3].phones).toEqual([{ phone: '0754-88123456', label: null }]);
    expect(people[5].mobile).toBe('13500138005');
    expect(people.map((p) => [p.bloodAbo, p.bloodRh])).toEqual([['A', null], ['O', null], ['AB', '-'], ['B', null], ['O', null], ['AB', null], ['A', '+'], [null, null]]);
    expect(listImports(registry.db, { offset: 0, limit: 10 }).rows[0]).toMatchObject({ fileName: 'messy.xlsx', kind: 'people', rows: 8, created: 8, importedBy: '测试员' });
  });

  it.each<CsvEncoding>(['utf8', 'utf8-bom', 'gb18030'])('reads a %s CSV like the xlsx', async (encoding) => {
    const registry = tempRegistry();
    const path = join(testDir(), `people-${encoding}.csv`);
    const spec = { ...messySpec, rows: messySpec.rows.map((r) => r.map((c) => (c instanceof Date ? '1990-01-10' : c === null ? null : String(c)))) };
    writeCsv(path, spec, encoding);
    const data = await preview(registry, path);
    expect(data.issues).toEqual([]);
    expect(data.preview).toMatchObject({ headerRow: 4, rows: 8, valid: 8 });
    expect(data.ready.map((r) => r.person.name)).toEqual(['陈明', '陈华', '陈丽', '陈芳', '陈建', '陈国', '陈海', '陈燕']);
  });

  it('gives each problem its code, field and the sheet row number', async () => {
    const registry = tempRegistry();
    const known = residentId('1980-05-05', 'M', 1);
    createPerson(registry.db, PersonInput.parse({ name: '林旧', docNumber: known, mobile: '13800000001' }), '测试员');
    const spec: SheetSpec = {
      titles: ['名单'],
      header: ['姓名', '身份证号', '性别', '出生日期', '手机'],
      rows: [
        ['甲', '44051419900101', null, null, null], // 0 ID_FORMAT
        ['乙', withWrongCheck(ids[0]), null, null, null], // 1 ID_CHECKSUM
        ['丙', asExcelNumber(ids[1]), null, null, null], // 2 ID_UNRECOVERABLE (number)
        ['丁', '4.40514E+17', null, null, null], // 3 ID_UNRECOVERABLE (text)
        ['戊', ids[2], '女', null, null], // 4 ID_MISMATCH (sex; ids[2] is a man)
        ['己', ids[3], null, '1980-01-01', null], // 5 ID_MISMATCH (birth date)
        [null, ids[4], null, null, null], // 6 MISSING_REQUIRED name
        ['庚', null, null, null, null], // 7 MISSING_REQUIRED id
        ['辛', ids[5], null, null, null], // 8 valid
        ['辛', ids[5], null, null, null], // 9 DUPLICATE_IN_FILE of row 8
        ['林新', known, null, null, '13900000002'], // 10 DUPLICATE_IN_REGISTRY (warning, valid)
        ['壬', ids[6], null, null, '12345'], // 11 INVALID_VALUE phone
        ['癸', `${ids[7].slice(0, 15)}000`, null, null, null], // 12 zeroed tail typed as text
      ],
    };
    const path = join(testDir(), 'issues.xlsx');
    await writeXlsx(path, spec);
    const data = await preview(registry, path);
    const row = (i: number) => dataRowNumber(spec, i);
    expect(codesOf(data.issues, row(0))).toEqual(['ID_FORMAT']);
    expect(codesOf(data.issues, row(1))).toEqual(['ID_CHECKSUM']);
    expect(codesOf(data.issues, row(2))).toEqual(['ID_UNRECOVERABLE']);
    expect(codesOf(data.issues, row(3))).toEqual(['ID_UNRECOVERABLE']);
    expect(codesOf(data.issues, row(4))).toEqual(['ID_MISMATCH']);
    expect(codesOf(data.issues, row(5))).toEqual(['ID_MISMATCH']);
    expect(codesOf(data.issues, row(6))).toEqual(['MISSING_REQUIRED']);
    expect(codesOf(data.issues, row(7))).toEqual(['MISSING_REQUIRED']);
    expect(codesOf(data.issues, row(8))).toEqual([]);
    expect(codesOf(data.issues, row(9))).toEqual(['DUPLICATE_IN_FILE']);
    expect(data.issues.find((i) => i.row === row(9))!.message).toContain(`第 ${row(8)} 行`);
    expect(codesOf(data.issues, row(10))).toEqual(['DUPLICATE_IN_REGISTRY']);
    expect(codesOf(data.issues, row(11))).toEqual(['INVALID_VALUE']);
    expect(codesOf(data.issues, row(12))).toEqual(['ID_UNRECOVERABLE']);
    for (const issue of data.issues) {
      expect(issue.message).toMatch(/\p{Script=Han}/u);
      expect(issue.severity).toBe(issue.code === 'DUPLICATE_IN_REGISTRY' ? 'warning' : 'error');
    }
    expect(data.issues.find((i) => i.row === row(4))).toMatchObject({ field: 'sex' });
    expect(data.preview).toMatchObject({ rows: 13, valid: 2, invalid: 11, inRegistry: 1 });
    expect(data.duplicates).toEqual([
      {
        row: row(10),
        personId: findByDocument(registry.db, 'resident_id', known),
        name: '林旧',
        docNumberMasked: `${known.slice(0, 4)}**********${known.slice(-4)}`,
        changes: [
          { field: 'name', registry: '林旧', sheet: '林新' },
          { field: 'mobile', registry: '138****0001', sheet: '139****0002' },
        ],
      },
    ]);
  });

  it('applies skip, update-empty-fields and overwrite per row or for all', async () => {
    const registry = tempRegistry();
    const a = residentId('1985-01-01', 'M', 11);
    const b = residentId('1986-01-01', 'F', 12);
    const c = residentId('1987-01-01', 'M', 13);
    for (const [name, id] of [['陈一', a], ['陈二', b], ['陈三', c]]) createPerson(registry.db, PersonInput.parse({ name, docNumber: id }), '测试员');
    const spec: SheetSpec = { header: ['姓名', '身份证号码', '手机号码'], rows: [['陈壹', a, '13800000011'], ['陈贰', b, '13800000012'], ['陈叁', c, '13800000013']] };
    const path = join(testDir(), 'dups.xlsx');
    await writeXlsx(path, spec);
    const data = await preview(registry, path);
    expect(data.preview.inRegistry).toBe(3);
    const result = commitImport(registry.db, data, { onDuplicate: 'update', decisions: { [dataRowNumber(spec, 1)]: 'overwrite', [dataRowNumber(spec, 2)]: 'skip' } }, '测试员');
    expect(result).toMatchObject({ created: 0, updated: 2, skipped: 1 });
    const person = (id: string) => getPerson(registry.db, findByDocument(registry.db, 'resident_id', id)!);
    expect([person(a).name, person(a).mobile]).toEqual(['陈一', '13800000011']);
    expect([person(b).name, person(b).mobile]).toEqual(['陈贰', '13800000012']);
    expect([person(c).name, person(c).mobile]).toEqual(['陈三', null]);
  });

  it('refuses a sheet without a recognisable header, and a synonyms file with a mistake, in Chinese', async () => {
    const registry = tempRegistry();
    const path = join(testDir(), 'no-header.xlsx');
    await writeXlsx(path, { header: ['编号', '日期'], rows: [[1, '2026-01-01']] });
    await expect(preview(registry, path)).rejects.toThrow(/找不到表头/);
    const broken = join(testDir(), 'columns.json');
    writeFileSync(broken, JSON.stringify({ fields: { name: [], nickname: ['昵称'] } }));
    expect(() => columnSynonyms('people', broken)).toThrow(/列名配置 import\/columns\.json 有误/);
    // The shipped file loads and maps the issue's synonyms.
    const shipped = columnSynonyms('people');
    for (const header of ['姓名', '名字', '身份证号', '身份证号码', '证件号码', '公民身份号码', '手机', '手机号码', '联系电话', '出生日期', '出生年月']) {
      expect(shipped.byName.has(header), header).toBe(true);
    }
  });

  it('writes all valid rows or nothing: a failure at the last row leaves the registry as it was', async () => {
    const registry = tempRegistry();
    const path = join(testDir(), 'all.xlsx');
    await writeXlsx(path, messySpec);
    const data = await preview(registry, path);
    // Someone registers the last person between the preview and the commit.
    createPerson(registry.db, PersonInput.parse({ name: '陈燕', docNumber: ids[7] }), '测试员');
    const count = () => registry.db.prepare('SELECT (SELECT count(*) FROM person) AS people, (SELECT count(*) FROM imports) AS imports, (SELECT count(*) FROM audit_log) AS audit').get();
    const before = count();
    expect(() => commitImport(registry.db, data, { onDuplicate: 'skip', decisions: {} }, '测试员')).toThrow(/第 12 行.*已登记/);
    expect(count()).toEqual(before);
  });
});
