// Demo pledges: a small share of the adults pledged within the last ten years — organs and
// corneas mostly, the whole body more rarely (with its executor) — with family consents and
// witnesses; some changed their pledge once, a few revoked it.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { CONSENT_RELATIONS, EXECUTOR_RELATIONS, ORGANS, type PledgeKind } from '../../contract/organ';
import { addDays, daysBetween } from '../../contract/validation/calendar';
import { demoMobile } from '../demo/identity';
import { demoName } from '../demo/names';
import type { Rng, Seeder } from '../demo/types';

/** Of the adults, the share who pledged: well above the national rate, as befits donors. */
const PLEDGE_SHARE = 0.02;
const CHANGE_SHARE = 0.08;
const REVOKE_SHARE = 0.04;
const REVOCATION_REASONS = ['家属不同意', '个人意愿改变', '宗教信仰原因', null] as const;

const yearsAfter = (date: string, years: number) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
const between = (rng: Rng, from: string, to: string) => addDays(from, rng.int(0, Math.max(0, daysBetween(from, to))));

function kindsFor(rng: Rng): PledgeKind[] {
  const kinds: PledgeKind[] = [];
  if (rng.chance(0.85)) kinds.push('organs');
  if (rng.chance(0.2)) kinds.push('tissues');
  if (rng.chance(0.7)) kinds.push('corneas');
  if (rng.chance(0.12) || kinds.length === 0) kinds.push('body');
  return kinds;
}

export const seedPledges: Seeder = (db: Database, rng, people, { today }) => {
  const insertPledge = db.prepare(
    `INSERT INTO pledge (person_id, previous_id, status, organs, organ_list, tissues, corneas, body, card_number, registered_on, effective_on,
                         executor_name, executor_relation, executor_phone, revoked_on, revocation_reason, recorded_at, recorded_by)
     VALUES (@personId, @previousId, @status, @organs, @organList, @tissues, @corneas, @body, @card, @registeredOn, @effectiveOn,
             @executorName, @executorRelation, @executorPhone, @revokedOn, @reason, @recordedAt, 'demo')`,
  );
  const insertConsent = db.prepare('INSERT INTO pledge_family_consent (pledge_id, position, name, relation, consented_on) VALUES (?, ?, ?, ?, ?)');
  const insertWitness = db.prepare('INSERT INTO pledge_witness (pledge_id, position, name, phone) VALUES (?, ?, ?, ?)');
  const oldest = addDays(today, -10 * 365);

  const version = (personId: number, card: string, registeredOn: string, effectiveOn: string, previousId: number | null, status: string) => {
    const kinds = kindsFor(rng);
    const body = kinds.includes('body');
    const named = kinds.includes('organs') && rng.chance(0.3) ? ORGANS.filter(() => rng.chance(0.5)) : [];
    const id = Number(
      insertPledge.run({
        personId,
        previousId,
        status,
        organs: kinds.includes('organs') ? 1 : 0,
        organList: JSON.stringify(named),
        tissues: kinds.includes('tissues') ? 1 : 0,
        corneas: kinds.includes('corneas') ? 1 : 0,
        body: body ? 1 : 0,
        card,
        registeredOn,
        effectiveOn,
        executorName: body ? demoName(rng, rng.chance(0.5) ? 'M' : 'F') : null,
        executorRelation: body ? rng.pick(EXECUTOR_RELATIONS) : null,
        executorPhone: body ? demoMobile(rng) : null,
        revokedOn: null,
        reason: null,
        recordedAt: `${effectiveOn}T10:00:00.000Z`,
      }).lastInsertRowid,
    );
    const consents = rng.chance(0.6) ? rng.int(1, 2) : 0;
    for (let i = 1; i <= consents; i++) {
      insertConsent.run(id, i, demoName(rng, rng.chance(0.5) ? 'M' : 'F'), rng.pick(CONSENT_RELATIONS), addDays(effectiveOn, -rng.int(0, 14)));
    }
    const witnesses = rng.chance(0.5) ? rng.int(1, 2) : 0;
    for (let i = 1; i <= witnesses; i++) insertWitness.run(id, i, demoName(rng, rng.chance(0.5) ? 'M' : 'F'), demoMobile(rng));
    return id;
  };
  const revoke = db.prepare("UPDATE pledge SET status = 'revoked', revoked_on = ?, revocation_reason = ? WHERE id = ?");
  const supersede = db.prepare("UPDATE pledge SET status = 'changed' WHERE id = ?");

  for (const person of people) {
    const from = yearsAfter(person.birthDate, 18) > oldest ? yearsAfter(person.birthDate, 18) : oldest;
    if (from > today || !rng.chance(PLEDGE_SHARE)) continue;
    const registeredOn = between(rng, from, today);
    const card = `GD${registeredOn.slice(0, 4)}-${String(person.id).padStart(8, '0')}`;
    let id = version(person.id, card, registeredOn, registeredOn, null, 'active');
    let effectiveOn = registeredOn;
    if (rng.chance(CHANGE_SHARE) && registeredOn < today) {
      // Marked superseded first: the partial unique indexes allow one version in force.
      supersede.run(id);
      effectiveOn = between(rng, addDays(registeredOn, 1), today);
      id = version(person.id, card, registeredOn, effectiveOn, id, 'active');
    }
    if (rng.chance(REVOKE_SHARE)) revoke.run(between(rng, effectiveOn, today), rng.pick(REVOCATION_REASONS), id);
  }
};
