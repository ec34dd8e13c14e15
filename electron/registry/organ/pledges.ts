// Making, changing and revoking a pledge. A person has at most one pledge in force; a change
// keeps the version it replaces (status 'changed'), a revocation keeps the revoked version.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';
import { ApiError } from '../../contract/errors';
import type { PersonPledges, PledgeChangeInput, PledgeInput, PledgeRevokeInput, PledgeVersion } from '../../contract/organ';
import { maskPhone } from '../../contract/validation';
import { ageOn } from '../../contract/validation/calendar';
import { recordAudit } from '../audit/log';
import { fieldError } from '../fieldError';
import { getPerson } from '../people/repository';
import { getRule } from '../rules/repository';
import { findPledgeRow, getPledges, type PledgeRow } from './repository';

type Content = Omit<z.output<typeof PledgeInput>, 'personId' | 'registeredOn'>;

function assertCardFree(db: Database, cardNumber: string, ownPledgeId: number | null): void {
  const holder = db.prepare("SELECT id FROM pledge WHERE card_number = ? AND status != 'changed'").get(cardNumber) as { id: number } | undefined;
  if (holder && holder.id !== ownPledgeId) throw new ApiError('DUPLICATE', '该登记卡号已被使用', { field: 'cardNumber', pledgeId: holder.id });
}

function insertVersion(
  db: Database,
  v: { personId: number; previousId: number | null; registeredOn: string; effectiveOn: string; content: Content },
  actor: string,
): number {
  const { content } = v;
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO pledge (person_id, previous_id, status, organs, organ_list, tissues, corneas, body, card_number, registered_on, effective_on,
                           executor_name, executor_relation, executor_phone, notes, recorded_at, recorded_by)
       VALUES (@personId, @previousId, 'active', @organs, @organList, @tissues, @corneas, @body, @cardNumber, @registeredOn, @effectiveOn,
               @executorName, @executorRelation, @executorPhone, @notes, @now, @actor)`,
    )
    .run({
      personId: v.personId,
      previousId: v.previousId,
      organs: content.kinds.includes('organs') ? 1 : 0,
      organList: JSON.stringify(content.organs),
      tissues: content.kinds.includes('tissues') ? 1 : 0,
      corneas: content.kinds.includes('corneas') ? 1 : 0,
      body: content.kinds.includes('body') ? 1 : 0,
      cardNumber: content.cardNumber,
      registeredOn: v.registeredOn,
      effectiveOn: v.effectiveOn,
      executorName: content.executor?.name ?? null,
      executorRelation: content.executor?.relation ?? null,
      executorPhone: content.executor?.phone ?? null,
      notes: content.notes ?? null,
      now: new Date().toISOString(),
      actor,
    });
  const id = Number(lastInsertRowid);
  const consent = db.prepare('INSERT INTO pledge_family_consent (pledge_id, position, name, relation, consented_on) VALUES (?, ?, ?, ?, ?)');
  content.familyConsents.forEach((c, i) => consent.run(id, i + 1, c.name, c.relation, c.date));
  const witness = db.prepare('INSERT INTO pledge_witness (pledge_id, position, name, phone) VALUES (?, ?, ?, ?)');
  content.witnesses.forEach((w, i) => witness.run(id, i + 1, w.name, w.phone));
  return id;
}

/** What the audit log keeps of a version: phone numbers masked. */
function auditView(v: PledgeVersion) {
  return {
    pledgeId: v.id,
    status: v.status,
    kinds: v.kinds,
    organs: v.organs,
    cardNumber: v.cardNumber,
    effectiveOn: v.effectiveOn,
    familyConsents: v.familyConsents,
    witnesses: v.witnesses.map((w) => ({ ...w, phone: maskPhone(w.phone) })),
    executor: v.executor && { ...v.executor, phone: maskPhone(v.executor.phone) },
    revokedOn: v.revokedOn,
  };
}

const versionOf = (pledges: PersonPledges, id: number): PledgeVersion => pledges.history.find((v) => v.id === id)!;

function activeRow(db: Database, pledgeId: number, action: string): PledgeRow {
  const row = findPledgeRow(db, pledgeId);
  if (row.status !== 'active') {
    throw fieldError(['pledgeId'], `该登记${row.status === 'revoked' ? '已撤销' : '已被新的版本取代'}，不能${action}`, 'PLEDGE_NOT_ACTIVE');
  }
  return row;
}

export function makePledge(db: Database, input: z.output<typeof PledgeInput>, actor: string): PersonPledges {
  return db.transaction(() => {
    const { personId, registeredOn, ...content } = input;
    const person = getPerson(db, personId);
    const minAge = getRule(db, 'organ.minAge', registeredOn);
    if (person.birthDate === null) {
      throw fieldError(['personId'], `${person.name}的档案缺少出生日期，无法核对是否年满 ${minAge} 周岁，请先补全档案`, 'PLEDGE_AGE_UNKNOWN', { min: minAge });
    }
    const age = ageOn(person.birthDate, registeredOn);
    if (age < minAge) {
      throw fieldError(['registeredOn'], `登记捐献须年满 ${minAge} 周岁，${person.name}登记时 ${age} 周岁`, 'PLEDGE_AGE', { min: minAge, age });
    }
    const active = db.prepare("SELECT id FROM pledge WHERE person_id = ? AND status = 'active'").get(personId) as { id: number } | undefined;
    if (active) throw new ApiError('DUPLICATE', '该人员已有有效的捐献登记，如需修改请办理变更', { pledgeId: active.id });
    assertCardFree(db, content.cardNumber, null);

    const id = insertVersion(db, { personId, previousId: null, registeredOn, effectiveOn: registeredOn, content }, actor);
    const pledges = getPledges(db, personId);
    recordAudit(db, { actor, action: 'organ.pledge', entity: 'pledge', entityId: id, after: { personId, ...auditView(versionOf(pledges, id)) } });
    return pledges;
  })();
}

export function changePledge(db: Database, input: z.output<typeof PledgeChangeInput>, actor: string): PersonPledges {
  return db.transaction(() => {
    const { pledgeId, changedOn, ...content } = input;
    const row = activeRow(db, pledgeId, '变更');
    if (changedOn < row.effective_on) {
      throw fieldError(['changedOn'], `变更日期不能早于现行登记的生效日期 ${row.effective_on}`, 'PLEDGE_DATE_ORDER', { date: row.effective_on });
    }
    assertCardFree(db, content.cardNumber, row.id);
    const before = versionOf(getPledges(db, row.person_id), row.id);

    db.prepare("UPDATE pledge SET status = 'changed' WHERE id = ?").run(row.id);
    const id = insertVersion(db, { personId: row.person_id, previousId: row.id, registeredOn: row.registered_on, effectiveOn: changedOn, content }, actor);
    const pledges = getPledges(db, row.person_id);
    recordAudit(db, { actor, action: 'organ.change', entity: 'pledge', entityId: id, before: auditView(before), after: auditView(versionOf(pledges, id)) });
    return pledges;
  })();
}

export function revokePledge(db: Database, input: z.output<typeof PledgeRevokeInput>, actor: string): PersonPledges {
  return db.transaction(() => {
    const row = activeRow(db, input.pledgeId, '撤销');
    if (input.revokedOn < row.effective_on) {
      throw fieldError(['revokedOn'], `撤销日期不能早于现行登记的生效日期 ${row.effective_on}`, 'PLEDGE_DATE_ORDER', { date: row.effective_on });
    }
    db.prepare("UPDATE pledge SET status = 'revoked', revoked_on = ?, revocation_reason = ? WHERE id = ?").run(input.revokedOn, input.reason ?? null, row.id);
    const pledges = getPledges(db, row.person_id);
    recordAudit(db, {
      actor,
      action: 'organ.revoke',
      entity: 'pledge',
      entityId: row.id,
      before: { status: 'active' },
      after: { status: 'revoked', revokedOn: input.revokedOn, reason: input.reason ?? null },
    });
    return pledges;
  })();
}
