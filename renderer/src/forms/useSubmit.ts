// The save step every form shares: call the registry, say 已保存 (or the caller's own words), and
// explain a refusal — the caller decides how (under the fields it names, or as a message); what
// it returns as text is shown as an error message.
import { App } from 'antd';
import type { ParseKeys, TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export type Explain<V> = (t: TFunction, error: unknown, values: V) => string | null;

export function useSubmit<V, R>(send: (values: V) => Promise<R>, onSaved: (result: R) => void, explain: Explain<V>, savedKey: ParseKeys = 'common.saved') {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const submit = async (values: V) => {
    setSaving(true);
    try {
      const result = await send(values);
      void message.success(t(savedKey));
      onSaved(result);
    } catch (error) {
      const text = explain(t, error, values);
      if (text) void message.error(text);
    } finally {
      setSaving(false);
    }
  };
  return { saving, submit };
}
