// Fills a registry with a synthetic but realistic population, reproducibly from a seed: the
// same seed and the same "today" always give the same people, donations, enrollments and
// pledges. Used by `sanxian demo`, the benchmark and tests.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ApiError } from '../../contract/errors';
import { recordAudit } from '../audit/log';
import { countPeople } from '../people/repository';
import { demoRecord } from './person';
import { PROGRAM_SEEDERS } from './programs';
import { createRng } from './random';
import type { DemoContext, DemoPerson } from './types';

export interface DemoOptions {
  readonly people: number;
  readonly seed: number;
  /** YYYY-MM-DD: the day the registry is "as of"; nothing is dated after it. */
  readonly today: string;
  /** Add to a registry that already has people (refused otherwise). */
  readonly force?: boolean;
  /** Called after each committed batch with the number of people written so far. */
  readonly onProgress?: (written: number) => void;
}

export interface DemoResult {
  readonly people: number;
  readonly seed: number;
  readonly today: string;
  /** The programs whose seeders ran, in order. */
  readonly programs: readonly string[];
}

/**
 * People per transaction. One transaction for a million people would grow the WAL to the size
 * of the whole file; batches keep it small, and each batch is whole or absent.
 */
const BATCH = 5000;

export function fillDemoRegistry(db: Database, options: DemoOptions): DemoResult {
  const existing = countPeople(db);
  if (existing > 0 && !options.force) {
    throw new ApiError('INVALID_INPUT', `登记库中已有 ${existing} 人；演示数据只填入空的登记库，确需追加请加 --force`, { existing });
  }
  const rng = createRng(options.seed);
  const context: DemoContext = { today: options.today };
  const taken = new Set(db.prepare('SELECT doc_number FROM person WHERE doc_number IS NOT NULL').pluck().all() as string[]);
  const insertPerson = db.prepare(
    `INSERT INTO person (name, sex, birth_date, doc_type, doc_number, mobile, address, ethnicity, employer, occupation,
                         blood_abo, blood_rh, created_at, updated_at)
     VALUES (@name, @sex, @birthDate, 'resident_id', @docNumber, @mobile, @address, @ethnicity, @employer, @occupation,
             @bloodAbo, @bloodRh, @createdAt, @createdAt)`,
  );
  const insertPhone = db.prepare("INSERT INTO person_phone (person_id, position, phone, label) VALUES (?, 0, ?, '座机')");
  const insertContact = db.prepare('INSERT INTO person_contact (person_id, position, name, relation, phone) VALUES (?, 0, ?, ?, ?)');

  const writeBatch = db.transaction((size: number) => {
    const batch: DemoPerson[] = [];
    for (let i = 0; i < size; i++) {
      const { landline, contact, ...person } = demoRecord(rng, taken, options.today);
      const id = Number(insertPerson.run(person).lastInsertRowid);
      if (landline !== null) insertPhone.run(id, landline);
      if (contact !== null) insertContact.run(id, contact.name, contact.relation, contact.phone);
      batch.push({ id, sex: person.sex, birthDate: person.birthDate });
    }
    for (const [, seed] of PROGRAM_SEEDERS) seed(db, rng, batch, context);
  });

  // Every insert fires the search triggers, whose statement journals and sorts are temp
  // tables, and scatters keys over several indexes: keep both in memory while filling.
  const saved = { temp: db.pragma('temp_store', { simple: true }), cache: db.pragma('cache_size', { simple: true }) };
  db.pragma('temp_store = MEMORY');
  db.pragma('cache_size = -262144');
  try {
    for (let written = 0; written < options.people; ) {
      const size = Math.min(BATCH, options.people - written);
      writeBatch(size);
      written += size;
      options.onProgress?.(written);
    }
  } finally {
    db.pragma(`temp_store = ${Number(saved.temp)}`);
    db.pragma(`cache_size = ${Number(saved.cache)}`);
  }
  const programs = PROGRAM_SEEDERS.map(([name]) => name);
  db.transaction(() => {
    recordAudit(db, { actor: 'demo', action: 'registry.demo', entity: 'registry', after: { people: options.people, seed: options.seed, today: options.today, programs } });
  })();
  return { people: options.people, seed: options.seed, today: options.today, programs };
}
