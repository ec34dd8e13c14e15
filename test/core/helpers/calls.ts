// Typed calls through a dispatcher, as the renderer's client makes them: a refusal fails the
// test with its code and message; `refusal` is for the calls that must be refused.
import type { Dispatcher } from '../../../electron/api/dispatch';
import { ApiError, type ApiErrorBody } from '../../../electron/contract/errors';
import type { InputOf, MethodName, OutputOf } from '../../../electron/contract/methods';

export function callsOf(dispatch: Dispatcher) {
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

  return { call, refusal };
}
