// `sanxian wristband lookup` and `follow-up` as scripts run them: a real process over a real
// registry file; --json prints exactly one document; a misread code fails with exit code 2.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { BandLookup } from '../../../electron/contract/wristband';
import type { FollowUpPage } from '../../../electron/contract/wristbandIncidents';
import { seededRegistry } from './setup';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [TSX, 'electron/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8' }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe('sanxian wristband', () => {
  it('looks a band up, guardians first, and lists the follow-up', async () => {
    const registry = seededRegistry('cli.sqlite3', 3, '2026-06-30', 1500);
    const { code, name } = registry.db
      .prepare("SELECT b.code, person.name FROM wristband_band b JOIN wristband_participant p ON p.id = b.participant_id JOIN person ON person.id = p.person_id WHERE b.status = 'active' LIMIT 1")
      .get() as { code: string; name: string };
    registry.close();

    const lookup = await cli(['wristband', 'lookup', code.toLowerCase().replace(/-/g, ' '), '--json', '--db', registry.path]);
    expect(lookup.code, lookup.stderr).toBe(0);
    const found = JSON.parse(lookup.stdout.trim()) as BandLookup;
    expect(found).toMatchObject({ band: { code }, participant: { name } });
    expect(found.guardians[0].isBandContact).toBe(true);

    const misread = code.slice(0, 3) + (code[3] === '9' ? '8' : '9') + code.slice(4);
    const bad = await cli(['wristband', 'lookup', misread, '--db', registry.path]);
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toContain('手环编号校验位不符');

    const list = await cli(['wristband', 'follow-up', '--json', '--limit', '5', '--db', registry.path]);
    expect(list.code, list.stderr).toBe(0);
    const page = JSON.parse(list.stdout.trim()) as FollowUpPage;
    expect(page.months).toBe(6);
    expect(page.rows.length).toBe(Math.min(5, page.total));
  }, 60_000);
});
