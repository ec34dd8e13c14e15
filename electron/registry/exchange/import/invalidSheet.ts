// The invalid rows of a preview as a sheet staff can fix and import again: the original columns
// (every cell as text, so an ID number stays as typed) plus a column listing each row's issues,
// and the original row number so staff can find the row in the sheet they were handed.
import ExcelJS from 'exceljs';
import type { ImportIssue } from '../../../contract/imports';
import type { FileStore } from '../../files/store';
import { setSheetCell } from '../cells';
import type { PreviewData } from './preview';

export const ISSUES_COLUMN = '问题';
export const SOURCE_ROW_COLUMN = '原行号';

export async function writeInvalidRows(store: FileStore, data: PreviewData): Promise<{ fileId: string; name: string; rows: number }> {
  const base = data.preview.fileName.replace(/\.[^.]+$/, '');
  const { fileId, path } = store.create(`${base}-问题行.xlsx`);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('问题行');
  const header = sheet.addRow([]);
  [...data.headerTexts, ISSUES_COLUMN, SOURCE_ROW_COLUMN].forEach((text, i) => setSheetCell(header.getCell(i + 1), text, 'text'));
  header.commit();

  const byRow = new Map<number, ImportIssue[]>();
  for (const issue of data.issues) {
    if (issue.severity === 'error') byRow.set(issue.row, [...(byRow.get(issue.row) ?? []), issue]);
  }
  for (const invalid of data.invalid) {
    const row = sheet.addRow([]);
    invalid.cells.forEach((text, i) => setSheetCell(row.getCell(i + 1), text, 'text'));
    const issues = (byRow.get(invalid.row) ?? []).map((i) => i.message).join('；');
    setSheetCell(row.getCell(invalid.cells.length + 1), issues, 'text');
    setSheetCell(row.getCell(invalid.cells.length + 2), invalid.row, 'integer');
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
  const staged = store.seal(fileId);
  return { fileId: staged.fileId, name: staged.name, rows: data.invalid.length };
}
