// A registry host in the test's folder, reached through the dispatcher as the app reaches it:
// for the tests of what replaces or re-keys the file (encryption, backups, restore), which
// need the host's reopen rather than a registry opened once.
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createDispatcher } from '../../../electron/api/dispatch';
import { openRegistryHost, type RegistryHost } from '../../../electron/registry/host';
import { callsOf } from './calls';
import { testDir } from './tmp';

const hosts: RegistryHost[] = [];
afterEach(() => {
  while (hosts.length > 0) hosts.pop()?.close();
});

export function startRegistry(path = join(testDir(), 'registry.sqlite3')) {
  const host = openRegistryHost({ path });
  hosts.push(host);
  const dispatch = createDispatcher(host, { actor: '陈红' });
  const { call, refusal } = callsOf(dispatch);
  /** The code a call answers with, 'ok' when it succeeds. */
  const codeOf = async (...args: Parameters<typeof dispatch>) => {
    const response = await dispatch(...args);
    return 'error' in response ? response.error.code : 'ok';
  };
  const names = async () => (await call('people.list', {})).rows.map((p) => p.name).sort();
  return { host, path, call, refusal, codeOf, names };
}
