// A person's fields as one line of text each, for side-by-side comparison (merging) where
// every value must read the same way in both columns. Sensitive numbers stay masked.
import type { TFunction } from 'i18next';
import type { PersonDetail } from '../../../../electron/contract/people';
import { formatInstant } from '../../format';

export interface PersonFieldText {
  readonly key: string;
  readonly label: string;
  /** null when the record has nothing there. */
  readonly text: string | null;
}

export function personFieldTexts(t: TFunction, ethnicityName: (code: string) => string, p: PersonDetail): PersonFieldText[] {
  const list = (items: readonly string[]) => (items.length === 0 ? null : items.join('；'));
  const blood = [p.bloodAbo, p.bloodRh && t(`rh.${p.bloodRh}`)].filter(Boolean).join(' ');
  const rows: [string, string | null][] = [
    ['name', p.name],
    ['sex', p.sex && t(`sex.${p.sex}`)],
    ['birthDate', p.birthDate],
    ['ethnicity', p.ethnicity && ethnicityName(p.ethnicity)],
    ['docType', p.docNumberMasked && t(`docType.${p.docType}`)],
    ['docNumber', p.docNumberMasked],
    ['mobile', p.mobileMasked],
    ['phones', list(p.phones.map((ph) => (ph.label ? `${ph.phone}（${ph.label}）` : ph.phone)))],
    ['address', p.address],
    ['employer', p.employer],
    ['occupation', p.occupation],
    ['bloodGroup', blood || null],
    ['contacts', list(p.contacts.map((c) => `${c.name}${c.relation ? `（${c.relation}）` : ''} ${c.phone}`))],
    ['notes', p.notes],
    ['createdAt', formatInstant(p.createdAt)],
  ];
  return rows.map(([key, text]) => ({ key, label: t(`person.${key}` as 'person.name'), text }));
}
