// The save step every stem-cell and pledge form shares: call the registry, report success, and
// put a refusal under the fields it names (or show it as a message).
import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showApiError } from './formErrors';

export function useFormSubmit<V, R>(
  program: 'stemcell' | 'organ',
  form: FormInstance<V>,
  fields: readonly string[],
  send: (values: V) => Promise<R>,
  onSaved: (result: R) => void,
  /** A refusal the caller deals with itself (returns true when it did). */
  handled: (error: unknown, values: V) => boolean = () => false,
) {
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
      if (handled(error, values)) return;
      const text = showApiError(t, program, form, error, fields);
      if (text) void message.error(text);
    } finally {
      setSaving(false);
    }
  };
  return { saving, submit };
}
