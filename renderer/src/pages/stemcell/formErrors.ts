// Puts the registry's refusal under the top-level fields it names, and a duplicate under the
// field that clashes. Shared by the stem-cell and pledge forms.
import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { ApiError } from '../../../../electron/contract/errors';
import { describeError } from '../../api/errors';
import { isIssue, localiseIssue } from '../../forms/issues';
import { zhCN } from '../../i18n/zh-CN';

type Program = 'stemcell' | 'organ';

/**
 * Shows the error in the form when it names fields in it (true), otherwise as a message the
 * caller shows (returned). `fields` are the form's top-level names; others are shown as text.
 */
export function showApiError(
  t: TFunction,
  program: Program,
  form: FormInstance,
  error: unknown,
  fields: readonly string[],
): string | null {
  if (error instanceof ApiError && error.code === 'DUPLICATE') {
    const field = (error.details as { field?: unknown } | undefined)?.field;
    const known = typeof field === 'string' && Object.hasOwn(zhCN[program].duplicate, field);
    const message = known ? t(`${program}.duplicate.${field}` as never) : error.message;
    if (typeof field === 'string' && fields.includes(field)) {
      form.setFields([{ name: field, errors: [message] }]);
      return null;
    }
    return message;
  }
  if (!(error instanceof ApiError) || error.code !== 'INVALID_INPUT' || !Array.isArray(error.details)) return describeError(t, error);
  const issues = error.details.filter(isIssue);
  const inForm = issues.filter((issue) => fields.includes(String(issue.path[0])));
  form.setFields(inForm.map((issue) => ({ name: [...issue.path], errors: [localiseIssue(t, program, issue)] })));
  const rest = issues.filter((issue) => !inForm.includes(issue));
  return rest.length > 0 ? rest.map((issue) => localiseIssue(t, program, issue)).join('；') : null;
}
