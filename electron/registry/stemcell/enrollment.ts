// Joining the stem-cell registry and editing what the consent form records. The joining rules
// (age, and the optional prior-donation pilot) are read as they stood on the consent date.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';
import { ApiError } from '../../contract/errors';
import type { PersonDetail } from '../../contract/people';
import type { EmergencyContact, EnrollInput, EnrollmentDetail, EnrollmentUpdateInput } from '../../contract/stemcell';
import { maskPhone } from '../../contract/validation';
import { ageOn } from '../../contract/validation/calendar';
import { recordAudit } from '../audit/log';
import { fieldError } from '../fieldError';
import { getPerson } from '../people/repository';
import { getRule } from '../rules/repository';
import { detailOf, findEnrollmentRow, getEnrollment, readContacts } from './repository';

type ValidEnrollment = z.output<typeof EnrollInput>;
type ValidUpdate = z.output<typeof EnrollmentUpdateInput>;

/** Blood donations the person had given by `onDate` (deferred visits do not count). */
function donationsBy(db: Database, personId: number, onDate: string): number {
  const row = db.prepare("SELECT count(*) AS n FROM donation WHERE person_id = ? AND outcome = 'donated' AND date <= ?").get(personId, onDate) as { n: number };
  return row.n;
}

function checkJoiningRules(db: Database, person: PersonDetail, consentDate: string): void {
  const age = getRule(db, 'cmdp.age', consentDate);
  if (person.birthDate === null) {
    throw fieldError(['personId'], `${person.name}的档案缺少出生日期，无法核对入库年龄（${age.min}–${age.max} 周岁），请先补全档案`, 'CMDP_AGE_UNKNOWN', { min: age.min, max: age.max });
  }
  const years = ageOn(person.birthDate, consentDate);
  if (years < age.min || years > age.max) {
    throw fieldError(['consentDate'], `入库年龄须为 ${age.min}–${age.max} 周岁，${person.name}签署同意书时 ${years} 周岁`, 'CMDP_AGE', {
        min: age.min,
        max: age.max,
        age: years,
      });
  }
  const prior = getRule(db, 'cmdp.priorBloodDonations', consentDate);
  if (prior.enabled) {
    const count = donationsBy(db, person.id, consentDate);
    if (count < prior.count) {
      throw fieldError(['personId'], `按现行规定，入库前需有至少 ${prior.count} 次献血记录，${person.name}目前有 ${count} 次`, 'CMDP_PRIOR_DONATIONS', {
        required: prior.count,
        count,
      });
    }
  }
}

function checkContacts(person: PersonDetail, contacts: readonly EmergencyContact[]): void {
  const own = person.mobile;
  const index = contacts.findIndex((c) => c.phone === own);
  if (own !== null && index >= 0) {
    throw fieldError(['contacts', index, 'phone'], '紧急联系人电话不能是志愿者本人的号码', 'CONTACT_SELF');
  }
}

function assertDonorIdFree(db: Database, cmdpDonorId: string | null | undefined, enrollmentId: number | null): void {
  if (cmdpDonorId === null || cmdpDonorId === undefined) return;
  const holder = db.prepare('SELECT id FROM enrollment WHERE cmdp_donor_id = ?').get(cmdpDonorId) as { id: number } | undefined;
  if (holder && holder.id !== enrollmentId) {
    throw new ApiError('DUPLICATE', '该中华骨髓库编号已属于另一位志愿者', { field: 'cmdpDonorId', enrollmentId: holder.id });
  }
}

function writeContacts(db: Database, enrollmentId: number, contacts: readonly EmergencyContact[]): void {
  db.prepare('DELETE FROM enrollment_contact WHERE enrollment_id = ?').run(enrollmentId);
  const insert = db.prepare('INSERT INTO enrollment_contact (enrollment_id, position, name, relation, phone) VALUES (?, ?, ?, ?, ?)');
  contacts.forEach((c, i) => insert.run(enrollmentId, i + 1, c.name, c.relation, c.phone));
}

/** What the audit log keeps of an enrollment: contact phones masked. */
function auditView(detail: Pick<EnrollmentDetail, 'consentDate' | 'cmdpDonorId' | 'notes' | 'contacts'>) {
  return {
    consentDate: detail.consentDate,
    cmdpDonorId: detail.cmdpDonorId,
    notes: detail.notes,
    contacts: detail.contacts.map((c) => ({ ...c, phone: maskPhone(c.phone) })),
  };
}

export function enroll(db: Database, input: ValidEnrollment, actor: string): EnrollmentDetail {
  return db.transaction(() => {
    const existing = db.prepare('SELECT id FROM enrollment WHERE person_id = ?').get(input.personId) as { id: number } | undefined;
    if (existing) throw new ApiError('DUPLICATE', '该人员已登记为造血干细胞捐献志愿者', { enrollmentId: existing.id });
    const person = getPerson(db, input.personId);
    checkJoiningRules(db, person, input.consentDate);
    checkContacts(person, input.contacts);
    assertDonorIdFree(db, input.cmdpDonorId, null);

    const now = new Date().toISOString();
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO enrollment (person_id, consent_date, status, status_since, cmdp_donor_id, notes, created_at, updated_at)
         VALUES (?, ?, 'registered', ?, ?, ?, ?, ?)`,
      )
      .run(input.personId, input.consentDate, input.consentDate, input.cmdpDonorId ?? null, input.notes ?? null, now, now);
    const id = Number(lastInsertRowid);
    writeContacts(db, id, input.contacts);
    db.prepare(
      `INSERT INTO enrollment_status (enrollment_id, status, from_status, changed_on, recorded_at, recorded_by)
       VALUES (?, 'registered', NULL, ?, ?, ?)`,
    ).run(id, input.consentDate, now, actor);
    const created = getEnrollment(db, id);
    recordAudit(db, { actor, action: 'stemcell.enroll', entity: 'enrollment', entityId: id, after: { personId: input.personId, ...auditView(created) } });
    return created;
  })();
}

/** Corrects the consent form's contacts, the CMDP donor ID and notes; the timeline is untouched. */
export function updateEnrollment(db: Database, input: ValidUpdate, actor: string): EnrollmentDetail {
  return db.transaction(() => {
    const row = findEnrollmentRow(db, input.enrollmentId);
    checkContacts(getPerson(db, row.person_id), input.contacts);
    assertDonorIdFree(db, input.cmdpDonorId, row.id);
    const before = auditView({ consentDate: row.consent_date, cmdpDonorId: row.cmdp_donor_id, notes: row.notes, contacts: readContacts(db, row.id) });
    db.prepare('UPDATE enrollment SET cmdp_donor_id = ?, notes = ?, updated_at = ? WHERE id = ?').run(
      input.cmdpDonorId,
      input.notes ?? null,
      new Date().toISOString(),
      row.id,
    );
    writeContacts(db, row.id, input.contacts);
    const updated = detailOf(db, findEnrollmentRow(db, row.id));
    recordAudit(db, { actor, action: 'stemcell.update', entity: 'enrollment', entityId: row.id, before, after: auditView(updated) });
    return updated;
  })();
}
