// A person's columns as an upstream registry reads them: Chinese words for coded values, the
// full document number (the receiving registry identifies people by it; the batch and its
// download are audited), dates as YYYY-MM-DD for cells.ts to turn into real dates.
import type { DocType } from '../../../contract/personInput';
import { ethnicityName } from '../../../contract/validation';

/** The person columns every kind's query selects, aliased as here. */
export const PERSON_COLUMNS = `p.name, p.sex, p.birth_date, p.ethnicity, p.doc_type, p.doc_number, p.mobile, p.address,
  p.blood_abo, p.blood_rh, p.employer, p.occupation`;

export interface PersonColumns {
  name: string;
  sex: 'M' | 'F' | null;
  birth_date: string | null;
  ethnicity: string | null;
  doc_type: DocType;
  doc_number: string | null;
  mobile: string | null;
  address: string | null;
  blood_abo: string | null;
  blood_rh: '+' | '-' | null;
  employer: string | null;
  occupation: string | null;
}

const DOC_TYPE_LABELS: Readonly<Record<DocType, string>> = {
  resident_id: '居民身份证',
  hmt_permit: '港澳台居民居住证',
  foreign_pr: '外国人永久居留身份证',
  passport: '护照',
};

export const sexLabel = (sex: 'M' | 'F' | null): string | null => (sex === 'M' ? '男' : sex === 'F' ? '女' : null);

/** "A型", "AB型Rh阴性", as sheets in China write it: Rh is named only when it is known. */
function bloodGroup(abo: string | null, rh: '+' | '-' | null): string | null {
  if (abo === null) return null;
  return rh === null ? `${abo}型` : `${abo}型Rh${rh === '+' ? '阳性' : '阴性'}`;
}

/** A new object each call, which callers may add their kind's fields to. */
export function personValues(p: PersonColumns): Record<string, string | number | null> {
  return {
    name: p.name,
    sex: sexLabel(p.sex),
    birthDate: p.birth_date,
    ethnicity: p.ethnicity === null ? null : ethnicityName(p.ethnicity),
    docType: p.doc_number === null ? null : DOC_TYPE_LABELS[p.doc_type],
    docNumber: p.doc_number,
    mobile: p.mobile,
    address: p.address,
    bloodGroup: bloodGroup(p.blood_abo, p.blood_rh),
    employer: p.employer,
    occupation: p.occupation,
  };
}
