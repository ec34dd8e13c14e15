// Every API method, called through the real dispatcher over a seeded demo registry with random
// payloads and with valid payloads that have one field changed. Whatever arrives, the answer is
// `{data}` or a known `{error}` (never INTERNAL, never a throw, always something both transports
// can carry), a refused call leaves the registry exactly as it was, and the file stays sound.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/api/dispatch';
import { hostOf } from '../../electron/registry/host';
import { ERROR_CODES } from '../../electron/contract/errors';
import { contract, isMethodName } from '../../electron/contract/methods';
import { testDir } from '../core/helpers/tmp';
import { settled, validSamples } from './api/samples';
import { CHINESE, fuzzParams } from './helpers/config';
import { mutationsOf } from './helpers/payloads';
import { seededRegistry, seededTemplate, writeWatch, type SeededTemplate } from './helpers/registry';

const PARAMS = fuzzParams(50, { timeout: 10_000 });
/**
 * Methods whose every accepted call is slow on purpose or by nature: a password or passphrase
 * through scrypt, a backup written and verified, the registry re-encrypted or restored.
 */
const SLOW = /^(staff\.(create|resetPassword)|session\.(signIn|unlock|changePassword)|account\.|vault\.|backups\.)/;
const SLOW_PARAMS = fuzzParams(15, { timeout: 20_000 });
const METHODS = Object.keys(contract);

/**
 * Refusals that are themselves recorded: a wrong password or recovery code, wherever it is
 * typed, is audited and counts towards the lock-out (issue 6). Those methods may write there,
 * and only there, when they refuse.
 */
const PASSWORD_RECORDS = ['audit_log', 'staff'];
const RECORDED_REFUSALS: Readonly<Record<string, readonly string[]>> = {
  'session.signIn': PASSWORD_RECORDS,
  'session.unlock': PASSWORD_RECORDS,
  'session.changePassword': PASSWORD_RECORDS,
  'account.recover': PASSWORD_RECORDS,
  'account.renewRecoveryCode': PASSWORD_RECORDS,
};

let template: SeededTemplate;
const tally = { methods: 0, slow: 0, calls: 0, data: 0, refused: 0, internal: 0 };
/** Methods that answered no payload at all with data: their fuzzing only ever reached the refusals. */
const neverAccepted: string[] = [];

beforeAll(() => {
  template = seededTemplate();
});

afterAll(() => {
  template.remove();
  console.log(
    `[fuzz] api: ${tally.methods} methods × ${PARAMS.numRuns} runs (${tally.slow} slow ones × ${SLOW_PARAMS.numRuns}) = ${tally.calls} calls (${tally.data} answered with data, ${tally.refused} refused), ${tally.internal} internal errors`,
  );
  if (neverAccepted.length > 0) console.log(`[fuzz] api: never answered with data (only refusals were exercised): ${neverAccepted.join(', ')}`);
});

async function samplesFor(only?: string) {
  // Through a host, as the app runs it: encryption and restore reopen the registry under it.
  const host = hostOf(seededRegistry(template));
  const dispatch = createDispatcher(host, { actor: '陈红' });
  return { host, dispatch, samples: await validSamples(dispatch, host.registry().db, testDir(), only) };
}

describe('every API method with random payloads', () => {
  it('has a valid sample payload for every method, each passing its schema', async () => {
    const { host, samples } = await samplesFor();
    expect(METHODS.filter((m) => !(m in samples))).toEqual([]);
    expect(Object.keys(samples).filter((m) => !isMethodName(m))).toEqual([]);
    const invalid = METHODS.filter((m) => isMethodName(m) && !contract[m].input.safeParse(samples[m]).success);
    expect(invalid).toEqual([]);
    expect(host.registry().verify().ok).toBe(true);
    host.close();
  });

  it.each(METHODS)('%s answers {data} or a known error, and a refusal writes nothing', async (method) => {
    const { host, dispatch, samples } = await samplesFor(method);
    const watch = writeWatch(() => host.registry().db);
    tally.methods += 1;
    if (SLOW.test(method)) tally.slow += 1;
    let accepted = 0;
    const jobs = new Set<string>();
    await fc.assert(
      fc.asyncProperty(mutationsOf(samples[method]), async (input) => {
        watch.before();
        const response = await dispatch(method, input);
        tally.calls += 1;
        // Both transports must carry it: IPC clones it, browser mode sends it as JSON.
        expect(() => JSON.stringify(response)).not.toThrow();
        expect(() => structuredClone(response)).not.toThrow();
        if ('data' in response) {
          tally.data += 1;
          accepted += 1;
          expect(Object.keys(response)).toEqual(['data']);
          const jobId = (response.data as { jobId?: unknown } | null)?.jobId;
          if (typeof jobId === 'string') jobs.add(jobId);
          return;
        }
        tally.refused += 1;
        if (response.error.code === 'INTERNAL') tally.internal += 1;
        expect(Object.keys(response)).toEqual(['error']);
        expect(ERROR_CODES).toContain(response.error.code);
        expect(response.error.code, response.error.message).not.toBe('INTERNAL');
        expect(response.error.message).toMatch(CHINESE);
        const changed = watch.changedTables().filter((table) => !RECORDED_REFUSALS[method]?.includes(table));
        expect(changed, `${method} refused (${response.error.code}) but wrote to`).toEqual([]);
      }),
      // The valid sample itself first, so the method's success path is always among the runs.
      { ...(SLOW.test(method) ? SLOW_PARAMS : PARAMS), examples: [[samples[method]]] },
    );
    // Previews started here end before the registry is closed under them.
    for (const jobId of jobs) await settled(dispatch, jobId);
    if (accepted === 0) neverAccepted.push(method);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(host.registry().verify().ok).toBe(true);
    host.close();
  }, 60_000);
});
