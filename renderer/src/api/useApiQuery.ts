// Reads from the registry for a component: refetches when the method, input or revision
// changes, and ignores answers that arrive after the component has moved on.
import { useEffect, useState } from 'react';
import type { InputOf, MethodName, OutputOf } from '../../../electron/contract/methods';
import { api } from './client';

export interface ApiQuery<T> {
  /** The latest answer; kept while the next one loads so tables do not flicker. */
  readonly data: T | undefined;
  readonly error: unknown;
  readonly loading: boolean;
}

interface Answer {
  readonly key: string;
  readonly data?: unknown;
  readonly error?: unknown;
}

// The client's per-method signature cannot be called generically; the key carries the input.
const callByName = api.call as (method: MethodName, input: unknown) => Promise<unknown>;

/** `input: null` means "nothing to ask yet" (e.g. no person chosen). */
export function useApiQuery<M extends MethodName>(method: M, input: InputOf<M> | null, revision = 0): ApiQuery<OutputOf<M>> {
  const key = input === null ? null : JSON.stringify([method, input, revision]);
  const [answer, setAnswer] = useState<Answer>();

  useEffect(() => {
    if (key === null) return;
    const [name, body] = JSON.parse(key) as [MethodName, unknown];
    let live = true;
    callByName(name, body).then(
      (data) => live && setAnswer({ key, data }),
      (error: unknown) => live && setAnswer({ key, error }),
    );
    return () => {
      live = false;
    };
  }, [key]);

  const current = answer?.key === key;
  return {
    data: answer?.data as OutputOf<M> | undefined,
    error: current ? answer.error : undefined,
    loading: key !== null && !current,
  };
}
