// Likely duplicates among people registered without a document number: the same name and
// birth date, or the same phone (a mobile or another phone). A group is shown only when at
// least one of its people has no number; people who all have numbers are different people.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { DuplicateGroup, DuplicateReview, PersonSummary } from '../../contract/people';
import { maskPhone } from '../../contract/validation';
import { toSummary, type PersonRow } from './rows';

// Each walks the people without a document number (partial indexes: few people, in a registry
// of donors) and looks up, by index, whether someone else shares their name and birth date or
// one of their phones (see the plan test).
const SAME_NAME_BIRTH = `
  SELECT DISTINCT name, birth_date AS birthDate FROM person AS p
  WHERE p.doc_number IS NULL AND p.birth_date IS NOT NULL
    AND EXISTS (SELECT 1 FROM person AS q WHERE q.name = p.name AND q.birth_date = p.birth_date AND q.id <> p.id)
  ORDER BY name, birth_date
  LIMIT @limit`;
// A phone of someone without a number that someone else also has, as a mobile or another phone.
const SHARED_PHONES = `
  SELECT p.mobile AS phone FROM person AS p
  WHERE p.doc_number IS NULL AND p.mobile IS NOT NULL
    AND (EXISTS (SELECT 1 FROM person AS q WHERE q.mobile = p.mobile AND q.id <> p.id)
      OR EXISTS (SELECT 1 FROM person_phone AS o WHERE o.phone = p.mobile AND o.person_id <> p.id))
  UNION
  -- CROSS JOIN keeps the people without a number as the outer loop (not every phone row).
  SELECT ph.phone FROM person AS p CROSS JOIN person_phone AS ph ON ph.person_id = p.id
  WHERE p.doc_number IS NULL
    AND (EXISTS (SELECT 1 FROM person AS q WHERE q.mobile = ph.phone AND q.id <> p.id)
      OR EXISTS (SELECT 1 FROM person_phone AS o WHERE o.phone = ph.phone AND o.person_id <> p.id))
  ORDER BY phone
  LIMIT @limit`;

const NAME_BIRTH_PEOPLE = 'SELECT * FROM person WHERE name = ? AND birth_date = ?';
const PHONE_PEOPLE = `
  SELECT * FROM person WHERE id IN (SELECT id FROM person WHERE mobile = @phone UNION SELECT person_id FROM person_phone WHERE phone = @phone)`;

const summaries = (rows: PersonRow[]) => rows.sort((a, b) => a.id - b.id).map(toSummary);

const reviewable = (people: readonly PersonSummary[]) => people.length > 1 && people.some((p) => p.docNumberMasked === null);

export function findDuplicates(db: Database, limit: number): DuplicateReview {
  const groups: DuplicateGroup[] = [];
  const seen = new Set<string>();
  const add = (group: DuplicateGroup) => {
    const members = group.people.map((p) => p.id).join(',');
    if (!reviewable(group.people) || seen.has(members) || groups.length >= limit) return;
    seen.add(members);
    groups.push(group);
  };

  const nameBirth = db.prepare(SAME_NAME_BIRTH).all({ limit }) as { name: string; birthDate: string }[];
  const byNameBirth = db.prepare(NAME_BIRTH_PEOPLE);
  for (const { name, birthDate } of nameBirth) {
    add({ reason: 'name_birth', name, birthDate, people: summaries(byNameBirth.all(name, birthDate) as PersonRow[]) });
  }

  const phones = db.prepare(SHARED_PHONES).pluck().all({ limit }) as string[];
  const byPhone = db.prepare(PHONE_PEOPLE);
  for (const phone of phones) {
    add({ reason: 'phone', phoneMasked: maskPhone(phone), people: summaries(byPhone.all({ phone }) as PersonRow[]) });
  }

  const truncated = groups.length >= limit || nameBirth.length >= limit || phones.length >= limit;
  return { groups, truncated };
}

/** The queries above, for the test that asserts they run on indexes. */
export const DUPLICATE_QUERIES = { SAME_NAME_BIRTH, SHARED_PHONES, NAME_BIRTH_PEOPLE, PHONE_PEOPLE };
