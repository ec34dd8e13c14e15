// Fixtures for the blood tests: people inserted straight into the person table (the people
// module's own rules are tested elsewhere) and donations recorded through the registry.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { DonationInput, type DonationInput as DonationFields } from '../../../electron/contract/blood';
import { RULES } from '../../../electron/contract/rules';
import { recordDonation } from '../../../electron/registry/blood/donations';
import type { EligibilityRules } from '../../../electron/registry/blood/eligibility';

export const DEFAULT_RULES: EligibilityRules = {
  age: RULES['blood.age'].defaultValue,
  intervals: RULES['blood.intervals'].defaultValue,
  platelets: RULES['blood.platelets'].defaultValue,
};

export function addPerson(db: Database, name: string, birthDate: string | null): number {
  const now = new Date().toISOString();
  const { lastInsertRowid } = db
    .prepare("INSERT INTO person (name, birth_date, doc_type, created_at, updated_at) VALUES (?, ?, 'resident_id', ?, ?)")
    .run(name, birthDate, now, now);
  return Number(lastInsertRowid);
}

/** Records through the contract's schema, as the API would; throws if it was not saved. */
export function donate(db: Database, fields: DonationFields, actor = 'staff-1') {
  const result = recordDonation(db, DonationInput.parse(fields), actor);
  if (result.status !== 'saved') throw new Error(`not saved: ${JSON.stringify(result.violations)}`);
  return result.donation;
}

export const whole = (personId: number, date: string, extra: Partial<DonationFields> = {}): DonationFields => ({
  personId,
  date,
  kind: 'whole_blood',
  volumeMl: 400,
  ...extra,
});

export const platelets = (personId: number, date: string, extra: Partial<DonationFields> = {}): DonationFields => ({
  personId,
  date,
  kind: 'platelets',
  units: 1,
  ...extra,
});
