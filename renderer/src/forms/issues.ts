// The registry's refusals of a form, read once for every program: INVALID_INPUT carries issues
// that name a field path and may carry a problem code. A code the program's catalogue knows is
// shown in the current language with the values the registry sent; any other is shown as the
// registry wrote it (in Chinese).
import type { TFunction } from 'i18next';
import { zhCN } from '../i18n/zh-CN';

export interface Issue {
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly code?: string;
  readonly values?: Readonly<Record<string, string | number>>;
}

/** The programs whose catalogues have an `issues` table of problem codes. */
export type IssueProgram = 'stemcell' | 'organ' | 'wristband';

export const isIssue = (value: unknown): value is Issue =>
  typeof value === 'object' && value !== null && Array.isArray((value as Issue).path) && typeof (value as Issue).message === 'string';

export function localiseIssue(t: TFunction, program: IssueProgram, issue: Issue): string {
  const known = issue.code !== undefined && Object.hasOwn(zhCN[program].issues, issue.code);
  return known ? t(`${program}.issues.${issue.code}` as never, issue.values ?? {}) : issue.message;
}
