// What the wristband tests share: a registry reached through the dispatcher, a person enrolled
// with a guardian (and, when asked, a consent), and the first issue of a refusal.
import { setup as peopleSetup } from '../peopleSetup';
import type { InputOf } from '../../../electron/contract/methods';
import { createRng } from '../../../electron/registry/demo/random';
import type { DemoPerson } from '../../../electron/registry/demo/types';
import { seedWristband } from '../../../electron/registry/demo/wristband';
import { tempRegistry } from '../helpers/tmp';

export { firstIssue } from '../stemcellSetup';

export const GUARDIAN: InputOf<'wristband.enroll'>['guardians'][number] = { name: '陈建国', relation: 'child', phones: ['13800138000'] };
export const CONSENT: NonNullable<InputOf<'wristband.enroll'>['consent']> = { guardianName: '陈建国', relation: 'child', givenOn: '2026-01-05', scope: ['health', 'description', 'photo', 'whereabouts'] };

export function setup() {
  const base = peopleSetup({ actor: '陈红' });
  let people = 0;

  /** A person in the registry, enrolled on 2026-01-05 in 峡山街道东山村 (grid 第1网格 unless given). */
  async function participant(extra: Partial<InputOf<'wristband.enroll'>> = {}, name = '陈阿婆') {
    people += 1;
    const person = await base.call('people.create', { name, birthDate: '1940-03-02', address: `潮南区峡山街道东山村${people}巷1号` });
    return base.call('wristband.enroll', {
      personId: person.id,
      enrolledOn: '2026-01-05',
      community: { village: '峡山街道东山村', grid: '第1网格' },
      guardians: [GUARDIAN],
      ...extra,
    });
  }

  return { ...base, participant };
}

/**
 * A registry with `count` people aged 55 to 85 and the wristband demo seeder run over them, as
 * the demo generator runs it (one transaction, one seeded Rng). Older people so that enough of
 * them enrol for the figures to mean something.
 */
export function seededRegistry(name: string, seed: number, today: string, count = 4000) {
  const registry = tempRegistry(name);
  const { db } = registry;
  const insert = db.prepare("INSERT INTO person (name, sex, birth_date, address, created_at, updated_at) VALUES (?, ?, ?, ?, 'x', 'x')");
  const rng = createRng(seed);
  db.transaction(() => {
    const people: DemoPerson[] = Array.from({ length: count }, (_, i) => {
      const birthDate = `${1941 + (i % 30)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
      const sex = i % 2 ? 'M' : 'F';
      const id = Number(insert.run(`人${i}`, sex, birthDate, `潮南区两英镇古溪村${i % 30}巷${i % 60}号`).lastInsertRowid);
      return { id, sex, birthDate };
    });
    seedWristband(db, rng, people, { today });
  })();
  return registry;
}
