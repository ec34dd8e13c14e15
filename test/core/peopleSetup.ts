// What the people, merge and staff tests share: a registry reached through the dispatcher (as
// every transport reaches it), typed calls, and the refusal a call returns.
import { createDispatcher, type DispatchOptions } from '../../electron/api/dispatch';
import { ApiError, type ApiErrorBody } from '../../electron/contract/errors';
import type { InputOf, MethodName, OutputOf } from '../../electron/contract/methods';
import { tempRegistry } from './helpers/tmp';

/** A valid GB 11643 number: born 1949-12-31, female, check character X. */
export const WANG_FANG_ID = '11010519491231002X';
/** Born 1988-03-15, male. */
export const CHEN_ID = '440514198803150015';

export function setup(options: DispatchOptions = { actor: '陈红' }) {
  const registry = tempRegistry();
  const dispatch = createDispatcher(registry, options);

  // `{} extends Input`: every field optional, so the input may be left out (as in the client).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  async function call<M extends MethodName>(method: M, ...input: {} extends InputOf<M> ? [InputOf<M>?] : [InputOf<M>]): Promise<OutputOf<M>> {
    const response = await dispatch(method, input[0]);
    if ('error' in response) throw new ApiError(response.error.code, response.error.message, response.error.details);
    return response.data as OutputOf<M>;
  }

  /** The error a call returns; fails the test when the call succeeds. */
  async function refusal<M extends MethodName>(method: M, input: InputOf<M>): Promise<ApiErrorBody> {
    const response = await dispatch(method, input);
    if (!('error' in response)) throw new Error(`${method} was accepted: ${JSON.stringify(response.data)}`);
    return response.error;
  }

  const count = (table: string) => (registry.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

  return { registry, db: registry.db, dispatch, call, refusal, count };
}
