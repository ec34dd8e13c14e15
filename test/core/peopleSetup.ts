// What the people, merge and staff tests share: a registry reached through the dispatcher (as
// every transport reaches it), typed calls, and the refusal a call returns.
import { createDispatcher, type DispatchOptions } from '../../electron/api/dispatch';
import { callsOf } from './helpers/calls';
import { tempRegistry } from './helpers/tmp';

/** A valid GB 11643 number: born 1949-12-31, female, check character X. */
export const WANG_FANG_ID = '11010519491231002X';
/** Born 1988-03-15, male. */
export const CHEN_ID = '440514198803150015';

export function setup(options: DispatchOptions = { actor: '陈红' }) {
  const registry = tempRegistry();
  const dispatch = createDispatcher(registry, options);

  const { call, refusal } = callsOf(dispatch);

  const count = (table: string) => (registry.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

  return { registry, db: registry.db, dispatch, call, refusal, count };
}
