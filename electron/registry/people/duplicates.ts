// Likely duplicates among people registered without a document number: the same name and
// birth date, or the same phone (a mobile or another phone). A group is shown only when at
// least one of its people has no number; people who all have numbers are different people.
import type { Database } from 'better-sqlite3';
import type { DuplicateGroup, DuplicateReview, PersonSummary } from '../../contract/people';
import { maskPhone } from '../../contract/validation';
import { toSummary, type PersonRow } from './rows';

// Each query walks one index (see the EXPLAIN QUERY PLAN test); none reads the person table.
const SAME_NAME_BIRTH = `
  SELECT name, birth_date AS birthDate FROM person WHERE birth_date IS NOT NULL
  GROUP BY name, birth_date HAVING count(*) > count(doc_number) AND count(*) > 1
  LIMIT @limit`;
const SHARED_MOBILES = `
  SELECT mobile AS phone FROM person WHERE mobile IS NOT NULL
  GROUP BY mobile HAVING count(*) > count(doc_number) AND count(*) > 1
  LIMIT @limit`;
// Other phones are few (most people have only a mobile): these read person_phone whole.
const OTHER_PHONES_SHARED = `
  SELECT phone FROM person_phone GROUP BY phone HAVING count(DISTINCT person_id) > 1
  UNION
  SELECT ph.phone FROM person_phone ph JOIN person p ON p.mobile = ph.phone AND p.id <> ph.person_id
  LIMIT @limit`;

// Unordered here (the people are sorted by id below): ordering by id in SQL would make SQLite
// prefer the name-only index, which keeps rowid order, and read every namesake of a common name.
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

  const mobiles = db.prepare(SHARED_MOBILES).pluck().all({ limit }) as string[];
  const others = db.prepare(OTHER_PHONES_SHARED).pluck().all({ limit }) as string[];
  const phones = [...new Set([...mobiles, ...others])].sort();
  const byPhone = db.prepare(PHONE_PEOPLE);
  for (const phone of phones) {
    add({ reason: 'phone', phoneMasked: maskPhone(phone), people: summaries(byPhone.all({ phone }) as PersonRow[]) });
  }

  const truncated = groups.length >= limit || nameBirth.length >= limit || mobiles.length >= limit || others.length >= limit;
  return { groups, truncated };
}

/** The queries above, for the test that asserts they run on indexes. */
export const DUPLICATE_QUERIES = { SAME_NAME_BIRTH, SHARED_MOBILES, OTHER_PHONES_SHARED, NAME_BIRTH_PEOPLE, PHONE_PEOPLE };
