// The issues of one row as they are collected: at most one per field (the first found is the
// one staff must fix), with the sheet's row number and a Chinese message.
import type { ImportIssue, ImportIssueCode, IssueSeverity } from '../../../contract/imports';
import type { InputIssue } from '../../../contract/validation';

export class RowIssues {
  readonly list: ImportIssue[] = [];

  constructor(readonly row: number) {}

  add(field: string, code: ImportIssueCode, message: string, severity: IssueSeverity = 'error'): void {
    if (this.list.some((i) => i.field === field && i.severity === 'error')) return;
    this.list.push({ row: this.row, field, code, severity, message });
  }

  has(field: string): boolean {
    return this.list.some((i) => i.field === field);
  }

  get hasErrors(): boolean {
    return this.list.some((i) => i.severity === 'error');
  }
}

/** The validators' codes as the import's: the ID checks keep theirs, everything else is a bad value. */
export function importCodeOf(issue: InputIssue): ImportIssueCode {
  switch (issue.code) {
    case 'ID_FORMAT':
    case 'ID_BIRTHDATE':
      return 'ID_FORMAT';
    case 'ID_CHECKSUM':
      return 'ID_CHECKSUM';
    case 'ID_MISMATCH':
      return 'ID_MISMATCH';
    default:
      return 'INVALID_VALUE';
  }
}
