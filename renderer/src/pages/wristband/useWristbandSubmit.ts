// The save step of every wristband form: a refusal goes under the fields the form has at the
// path it names (below `prefix`, where the form's values sit in the method's input).
import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { ApiError } from '../../../../electron/contract/errors';
import { describeError } from '../../api/errors';
import { isIssue, localiseIssue, type Issue } from '../../forms/issues';
import { useSubmit } from '../../forms/useSubmit';

/** Field errors go under their fields (`prefix` is where the form's fields sit in the input); the rest is returned as text. */
export function showWristbandError(t: TFunction, form: FormInstance | null, error: unknown, prefix: readonly (string | number)[] = []): string | null {
  if (!(error instanceof ApiError) || error.code !== 'INVALID_INPUT' || !Array.isArray(error.details)) return describeError(t, error);
  const issues = error.details.filter(isIssue);
  const inForm = (issue: Issue) =>
    form !== null && issue.path.length > prefix.length && prefix.every((part, i) => issue.path[i] === part) && form.getFieldInstance(issue.path.slice(prefix.length) as never) !== undefined;
  const placed = issues.filter(inForm);
  form?.setFields(placed.map((issue) => ({ name: issue.path.slice(prefix.length) as never, errors: [localiseIssue(t, 'wristband', issue)] })));
  const rest = issues.filter((issue) => !placed.includes(issue));
  return rest.length > 0 ? rest.map((issue) => localiseIssue(t, 'wristband', issue)).join('；') : null;
}

export function useWristbandSubmit<V, R>(form: FormInstance<V> | null, send: (values: V) => Promise<R>, onSaved: (result: R) => void, prefix: readonly (string | number)[] = []) {
  return useSubmit(send, onSaved, (t, error) => showWristbandError(t, form, error, prefix));
}
