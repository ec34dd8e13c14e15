// One sheet row's person, checked by the registry's own validator (PersonInput): the cells are
// first turned from the sheet's spellings into the forms it takes, then its issues become the
// import's codes. Nothing here re-implements an ID or phone check.
import { PersonInput, type DocType, type ValidPerson } from '../../../contract/people';
import { parseMobile, parsePhone, parseRh, toInputIssue } from '../../../contract/validation';
import type { ImportField } from './columns';
import { importCodeOf, type RowIssues } from './issues';
import type { Cell } from './read';
import { cellText, isUnrecoverableId, parseBloodGroupCell, parseDateCell, parseSexCell } from './values';

export type RowCells = Partial<Record<ImportField, Cell>>;

/** What each field is called in messages: the sheet's own column name. */
export type ColumnNames = Partial<Record<ImportField, string>>;

const DOC_TYPE_NAMES: Readonly<Record<string, DocType>> = {
  身份证: 'resident_id',
  居民身份证: 'resident_id',
  港澳台居民居住证: 'hmt_permit',
  居住证: 'hmt_permit',
  外国人永久居留身份证: 'foreign_pr',
  外国人永久居留证: 'foreign_pr',
  护照: 'passport',
};

const TEXT_FIELDS = ['name', 'ethnicity', 'address', 'employer', 'occupation', 'notes'] as const;

export const isBlank = (cell: Cell | undefined) => cell === undefined || cellText(cell) === '';

/** Reads the person fields of a row; returns the valid person or null (its issues recorded). */
export function readPerson(cells: RowCells, names: ColumnNames, issues: RowIssues): ValidPerson | null {
  const label = (field: ImportField) => names[field] ?? field;
  const bad = (field: ImportField, message: string) => issues.add(field, 'INVALID_VALUE', `${label(field)}：${message}`);
  const input: Record<string, unknown> = {};
  for (const field of TEXT_FIELDS) if (!isBlank(cells[field])) input[field] = cellText(cells[field]!);

  if (!isBlank(cells.docType)) {
    const docType = DOC_TYPE_NAMES[cellText(cells.docType!).replace(/\s+/g, '')];
    if (docType === undefined) bad('docType', '证件类型应为身份证、港澳台居民居住证、外国人永久居留身份证或护照');
    else input.docType = docType;
  }
  const idCell = cells.docNumber;
  if (!isBlank(idCell)) {
    if (isUnrecoverableId(idCell!, false) && (typeof idCell === 'number' || /E/i.test(String(idCell)))) {
      issues.add('docNumber', 'ID_UNRECOVERABLE', `${label('docNumber')}被 Excel 存成了数字（${cellText(idCell!)}），后几位已丢失，无法还原，请按原件重新填写（单元格设为文本）`);
    } else {
      input.docNumber = cellText(idCell!);
    }
  }
  if (!isBlank(cells.sex)) {
    const sex = parseSexCell(cellText(cells.sex!));
    if (sex === null) bad('sex', '性别应为男或女');
    else input.sex = sex;
  }
  if (!isBlank(cells.birthDate)) {
    const date = parseDateCell(cells.birthDate!);
    if (date === null) bad('birthDate', `无法识别的日期“${cellText(cells.birthDate!)}”`);
    else input.birthDate = date;
  }
  if (!isBlank(cells.mobile)) {
    const text = cellText(cells.mobile!);
    // A landline in the phone column is kept as another phone: the person's main number is a mobile.
    if (parseMobile(text) === null && parsePhone(text) !== null) input.phones = [{ phone: text }];
    else input.mobile = text;
  }
  if (!isBlank(cells.bloodGroup)) {
    const group = parseBloodGroupCell(cellText(cells.bloodGroup!));
    if (group === null) bad('bloodGroup', `无法识别的血型“${cellText(cells.bloodGroup!)}”`);
    else {
      input.bloodAbo = group.abo;
      if (group.rh !== null) input.bloodRh = group.rh;
    }
  }
  if (!isBlank(cells.bloodRh)) {
    const rh = parseRh(cellText(cells.bloodRh!));
    if (rh === null) bad('bloodRh', 'Rh血型应为阳性或阴性');
    else input.bloodRh = rh;
  }

  const parsed = PersonInput.safeParse(input);
  if (parsed.success) return issues.hasErrors ? null : parsed.data;
  for (const zodIssue of parsed.error.issues) {
    const issue = toInputIssue(zodIssue);
    const field = (issue.path[0] === 'phones' ? 'mobile' : String(issue.path[0] ?? 'docNumber')) as ImportField;
    let code = importCodeOf(issue);
    // A checksum that fails on 18 digits ending in 000 is Excel's rounding, not a typing error.
    if (code === 'ID_CHECKSUM' && idCell !== undefined && isUnrecoverableId(idCell, false)) {
      issues.add('docNumber', 'ID_UNRECOVERABLE', `${label('docNumber')}末三位是 000 且校验位不符，很可能被 Excel 当作数字截断，无法还原，请按原件重新填写`);
      continue;
    }
    if (code === 'INVALID_VALUE' && field === 'name' && input.name === undefined) code = 'MISSING_REQUIRED';
    issues.add(field, code, `${label(field)}：${issue.message}`);
  }
  return null;
}
