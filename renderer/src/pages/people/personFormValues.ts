// Between the form's values and the registry's: a new person, a change to a registered one
// (every field sent, blank ones as null so they are cleared; the document number only when a
// new one is typed, since the form never holds the registered number in full), and back.
import dayjs from 'dayjs';
import type { PersonDetail, PersonInput, PersonUpdateInput } from '../../../../electron/contract/people';
import type { PersonFormValues } from './personFormRules';

const text = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

function fieldsOf(values: PersonFormValues) {
  return {
    name: values.name,
    docType: values.docType,
    sex: values.sex,
    birthDate: values.birthDate ? values.birthDate.format('YYYY-MM-DD') : undefined,
    ethnicity: values.ethnicity ?? undefined,
    mobile: text(values.mobile),
    phones: (values.phones ?? []).map((p) => ({ phone: p.phone ?? '', label: text(p.label) })),
    address: text(values.address),
    employer: text(values.employer),
    occupation: text(values.occupation),
    bloodAbo: values.bloodAbo ?? undefined,
    bloodRh: values.bloodRh ?? undefined,
    contacts: (values.contacts ?? []).map((c) => ({ name: c.name ?? '', relation: text(c.relation), phone: c.phone ?? '' })),
    notes: text(values.notes),
  };
}

export function toCreateInput(values: PersonFormValues): PersonInput {
  return { ...fieldsOf(values), docNumber: text(values.docNumber) };
}

export function toUpdateInput(id: number, values: PersonFormValues): PersonUpdateInput {
  const cleared = Object.fromEntries(Object.entries(fieldsOf(values)).map(([key, value]) => [key, value ?? null]));
  const docNumber = text(values.docNumber);
  return { ...cleared, id, ...(docNumber === undefined ? {} : { docNumber }) } as PersonUpdateInput;
}

export function valuesOf(person: PersonDetail): PersonFormValues {
  const some = (value: string | null) => value ?? undefined;
  return {
    name: person.name,
    docType: person.docType,
    sex: person.sex ?? undefined,
    birthDate: person.birthDate ? dayjs(person.birthDate) : undefined,
    ethnicity: person.ethnicity,
    mobile: some(person.mobile),
    phones: person.phones.map((p) => ({ phone: p.phone, label: some(p.label) })),
    address: some(person.address),
    employer: some(person.employer),
    occupation: some(person.occupation),
    bloodAbo: person.bloodAbo,
    bloodRh: person.bloodRh,
    contacts: person.contacts.map((c) => ({ name: c.name, relation: some(c.relation), phone: c.phone })),
    notes: some(person.notes),
  };
}
