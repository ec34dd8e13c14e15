// What the backup tests share: a registry host in the test's folder reached through the
// dispatcher (as the Settings tab reaches it), typed calls and refusals.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createDispatcher } from '../../../electron/api/dispatch';
import { ApiError, type ApiErrorBody } from '../../../electron/contract/errors';
import type { InputOf, MethodName, OutputOf } from '../../../electron/contract/methods';
import { openRegistryHost, type RegistryHost } from '../../../electron/registry/host';
import { testDir } from '../helpers/tmp';

const hosts: RegistryHost[] = [];
afterEach(() => {
  while (hosts.length > 0) hosts.pop()?.close();
});

export function startRegistry(path = join(testDir(), 'registry.sqlite3')) {
  const host = openRegistryHost({ path });
  hosts.push(host);
  const dispatch = createDispatcher(host, { actor: '陈红' });
  async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
    const response = await dispatch(method, input);
    if ('error' in response) throw new ApiError(response.error.code, response.error.message, response.error.details);
    return response.data as OutputOf<M>;
  }
  async function refusal<M extends MethodName>(method: M, input: InputOf<M>): Promise<ApiErrorBody> {
    const response = await dispatch(method, input);
    if (!('error' in response)) throw new Error(`${method} was accepted: ${JSON.stringify(response.data)}`);
    return response.error;
  }
  const names = async () => (await call('people.list', {})).rows.map((p) => p.name).sort();
  return { host, path, call, refusal, names };
}

/** Every file directly in `folder` whose bytes contain `text` (UTF-8). */
export function filesContaining(folder: string, text: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).filter((name) => statSync(join(folder, name)).isFile() && readFileSync(join(folder, name)).includes(Buffer.from(text)));
}

export const PASSPHRASE = '春天的献血车停在广场东侧';
