// Person records as the API accepts and returns them. What a valid person is lives in
// personInput.ts (the single validator); this file says what the people methods return.
import { z } from 'zod';
import { method } from './spec';
import { PersonInput, PersonUpdateInput, type DocType } from './personInput';
import type { AboGroup, RhFactor, Sex } from './validation';

export {
  DOC_TYPES,
  MAX_CONTACTS,
  MAX_PHONES,
  PersonInput,
  PersonUpdateInput,
  SEXES,
  followsResidentIdScheme,
  type DocType,
  type PersonPatch,
  type ValidPerson,
} from './personInput';

/** A row of the people list: what the task needs, sensitive fields masked. */
export interface PersonSummary {
  readonly id: number;
  readonly name: string;
  readonly sex: Sex | null;
  readonly birthDate: string | null;
  readonly docType: DocType;
  readonly docNumberMasked: string | null;
  readonly mobileMasked: string | null;
  readonly createdAt: string;
}

export interface PersonPhone {
  readonly phone: string;
  readonly label: string | null;
}

export interface PersonContact {
  readonly name: string;
  readonly relation: string | null;
  readonly phone: string;
}

/** The whole record, for the record drawer; the document number stays masked. */
export interface PersonDetail extends PersonSummary {
  readonly ethnicity: string | null;
  readonly mobile: string | null;
  readonly phones: readonly PersonPhone[];
  readonly address: string | null;
  readonly employer: string | null;
  readonly occupation: string | null;
  readonly bloodAbo: AboGroup | null;
  readonly bloodRh: RhFactor | null;
  readonly contacts: readonly PersonContact[];
  readonly notes: string | null;
  readonly updatedAt: string;
}

export interface PeoplePage {
  readonly rows: readonly PersonSummary[];
  readonly total: number;
}

/** People who may be one person registered twice, for staff to review. */
export type DuplicateGroup =
  | { readonly reason: 'name_birth'; readonly name: string; readonly birthDate: string; readonly people: readonly PersonSummary[] }
  | { readonly reason: 'phone'; readonly phoneMasked: string; readonly people: readonly PersonSummary[] };

export interface DuplicateReview {
  readonly groups: readonly DuplicateGroup[];
  /** More groups exist than were returned; merging some brings the rest into view. */
  readonly truncated: boolean;
}

export interface MergeResult {
  readonly person: PersonDetail;
  /** Rows moved to the kept person, per referencing table and column ("donation.person_id"). */
  readonly moved: Readonly<Record<string, number>>;
}

export const PeopleListInput = z
  .object({
    query: z.string().trim().max(100).optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();

export const PersonIdInput = z.object({ id: z.number().int().positive() }).strict();

export const DuplicatesInput = z
  .object({ limit: z.number().int().min(1).max(500).default(100) })
  .strict()
  .prefault({});

/** Merges `mergeId` into `keepId`; the registry refuses a person into themself (see merge.ts). */
export const PersonMergeInput = z.object({ keepId: z.number().int().positive(), mergeId: z.number().int().positive() }).strict();

export const peopleMethods = {
  'people.list': method<PeoplePage>()(PeopleListInput),
  'people.get': method<PersonDetail>()(PersonIdInput),
  'people.create': method<PersonDetail>()(PersonInput),
  'people.update': method<PersonDetail>()(PersonUpdateInput),
  'people.revealDocument': method<{ docNumber: string | null }>()(PersonIdInput),
  'people.duplicates': method<DuplicateReview>()(DuplicatesInput),
  'people.merge': method<MergeResult>()(PersonMergeInput),
} as const;
