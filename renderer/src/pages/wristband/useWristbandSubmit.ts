// The save step of every wristband form: call the registry, report success, and put a refusal
// under the fields it names; a problem code the catalogue knows is shown in the current
// language, any other as the registry wrote it (in Chinese).
import { App, type FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../electron/contract/errors';
import { describeError } from '../../api/errors';
import { zhCN } from '../../i18n/zh-CN';

interface Issue {
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly code?: string;
}

const isIssue = (value: unknown): value is Issue =>
  typeof value === 'object' && value !== null && Array.isArray((value as Issue).path) && typeof (value as Issue).message === 'string';

function localise(t: TFunction, issue: Issue): string {
  const known = issue.code !== undefined && Object.hasOwn(zhCN.wristband.issues, issue.code);
  return known ? t(`wristband.issues.${issue.code as keyof typeof zhCN.wristband.issues}`) : issue.message;
}

/** Field errors go under their fields (`prefix` is where the form's fields sit in the input); the rest is returned as text. */
export function showWristbandError(t: TFunction, form: FormInstance | null, error: unknown, prefix: readonly (string | number)[] = []): string | null {
  if (!(error instanceof ApiError) || error.code !== 'INVALID_INPUT' || !Array.isArray(error.details)) return describeError(t, error);
  const issues = error.details.filter(isIssue);
  const inForm = (issue: Issue) =>
    form !== null && issue.path.length > prefix.length && prefix.every((part, i) => issue.path[i] === part) && form.getFieldInstance(issue.path.slice(prefix.length) as never) !== undefined;
  const placed = issues.filter(inForm);
  form?.setFields(placed.map((issue) => ({ name: issue.path.slice(prefix.length) as never, errors: [localise(t, issue)] })));
  const rest = issues.filter((issue) => !placed.includes(issue));
  return rest.length > 0 ? rest.map((issue) => localise(t, issue)).join('；') : null;
}

export function useWristbandSubmit<V, R>(form: FormInstance<V> | null, send: (values: V) => Promise<R>, onSaved: (result: R) => void, prefix: readonly (string | number)[] = []) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const submit = async (values: V) => {
    setSaving(true);
    try {
      const result = await send(values);
      void message.success(t('common.saved'));
      onSaved(result);
    } catch (error) {
      const text = showWristbandError(t, form, error, prefix);
      if (text) void message.error(text);
    } finally {
      setSaving(false);
    }
  };
  return { saving, submit };
}
