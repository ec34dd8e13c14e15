// The cell rules every writer goes through, read back from real files with exceljs.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csvField, csvRecord, CSV_BOM, neutraliseFormula, restoreNeutralised, setSheetCell, type CellFormat, type RawValue } from '../../../electron/registry/exchange/cells';
import { testDir } from '../helpers/tmp';

const INJECTIONS = ['=1+1', '+86 138', '-2+3', '@SUM(A1)', '\t=cmd', '\r=cmd', "'=already"];

async function roundTrip(cells: [RawValue, CellFormat][]): Promise<ExcelJS.Row> {
  const path = join(testDir(), 'cells.xlsx');
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true });
  const sheet = writer.addWorksheet('s');
  const row = sheet.getRow(1);
  cells.forEach(([value, format], i) => setSheetCell(row.getCell(i + 1), value, format));
  row.commit();
  await writer.commit();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book.getWorksheet('s')!.getRow(1);
}

describe('spreadsheet cells', () => {
  it('keeps ID numbers and phones as text cells with the text format', async () => {
    const row = await roundTrip([
      ['440513199003121234', 'document'],
      ['13800138000', 'phone'],
      [44051319900312, 'document'],
    ]);
    for (const i of [1, 2, 3]) {
      expect(row.getCell(i).type).toBe(ExcelJS.ValueType.String);
      expect(row.getCell(i).numFmt).toBe('@');
    }
    expect(row.getCell(1).value).toBe('440513199003121234');
    expect(row.getCell(3).value).toBe('44051319900312');
  });

  it('writes dates as real dates of the same calendar day', async () => {
    const row = await roundTrip([
      ['1995-03-12', 'date'],
      ['2026-11-28T09:30:00.000Z', 'date'],
      ['not a date', 'date'],
    ]);
    expect(row.getCell(1).type).toBe(ExcelJS.ValueType.Date);
    expect((row.getCell(1).value as Date).toISOString().slice(0, 10)).toBe('1995-03-12');
    expect(row.getCell(1).numFmt).toBe('yyyy-mm-dd');
    expect((row.getCell(2).value as Date).toISOString().slice(0, 10)).toBe('2026-11-28');
    expect(row.getCell(3).value).toBe('not a date');
  });

  it('never writes a formula and neutralises formula-like text in xlsx', async () => {
    const row = await roundTrip(INJECTIONS.map((t) => [t, 'text'] as [RawValue, CellFormat]));
    INJECTIONS.forEach((text, i) => {
      const cell = row.getCell(i + 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      // XML reading turns a bare CR into LF; the apostrophe in front is what matters.
      expect(cell.value).toBe(`'${text}`.replace('\r', '\n'));
    });
  });

  it('neutralises formula-like text in csv and keeps separators inside quoted fields', async () => {
    const path = join(testDir(), 'cells.csv');
    const fields = [...INJECTIONS.map((t) => csvField(t, 'text')), csvField('张三,"李四"\n', 'text'), csvField('440513199003121234', 'document'), csvField(-5, 'integer')];
    writeFileSync(path, CSV_BOM + csvRecord(fields), 'utf8');
    expect(readFileSync(path).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const book = new ExcelJS.Workbook();
    const sheet = await book.csv.readFile(path, { parserOptions: { bom: true } } as never);
    const values = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(values.slice(0, INJECTIONS.length)).toEqual(INJECTIONS.map((t) => `'${t}`));
    expect(values[INJECTIONS.length]).toBe('张三,"李四"\n');
  });

  it('restores exactly what it neutralised', () => {
    for (const text of [...INJECTIONS, "''=x", "'plain", '张三', '', "it's"]) {
      expect(restoreNeutralised(neutraliseFormula(text))).toBe(text);
    }
    expect(neutraliseFormula('张三')).toBe('张三');
  });
});
