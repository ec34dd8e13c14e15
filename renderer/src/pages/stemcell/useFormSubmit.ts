// The save step of the stem-cell and pledge forms: a refusal goes under the top-level fields it
// names (or is shown as a message); `handled` lets a form deal with one itself.
import type { FormInstance } from 'antd';
import { useSubmit } from '../../forms/useSubmit';
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
  return useSubmit(send, onSaved, (t, error, values) => (handled(error, values) ? null : showApiError(t, program, form, error, fields)));
}
