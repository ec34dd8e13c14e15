// Who goes into a CMDP batch: volunteers ready to submit — still in the programme, a blood
// sample taken, the fields the consent form and the national database need all present and
// valid — who have no CMDP donor ID yet and are in no earlier CMDP batch (a reopened batch
// releases its people). The not-ready are counted with what they lack, so staff can complete them.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { NotReady } from '../../../contract/exports';
import { CONTACT_RELATION_LABELS, type ContactRelation } from '../../../contract/stemcell';
import { followsResidentIdScheme } from '../../../contract/personInput';
import { parseResidentId } from '../../../contract/validation';
import { PERSON_COLUMNS, personValues, type PersonColumns } from './personValues';
import { IN_LIVE_BATCH, PAGE_SIZE, type Candidate, type Selection } from './selection';

interface CmdpRow extends PersonColumns {
  enrollment_id: number;
  person_id: number;
  consent_date: string;
  sampled_on: string | null;
  tube_barcode: string | null;
  volume_ml: number | null;
  lab: string | null;
  c1_name: string | null;
  c1_relation: ContactRelation | null;
  c1_phone: string | null;
  c2_name: string | null;
  c2_relation: ContactRelation | null;
  c2_phone: string | null;
}

// The first sample is the one sent to the HLA lab for the database typing.
const SQL = `SELECT e.id AS enrollment_id, e.person_id, e.consent_date, ${PERSON_COLUMNS},
    s.sampled_on, s.tube_barcode, s.volume_ml, s.lab,
    c1.name AS c1_name, c1.relation AS c1_relation, c1.phone AS c1_phone,
    c2.name AS c2_name, c2.relation AS c2_relation, c2.phone AS c2_phone
  FROM enrollment e
  JOIN person p ON p.id = e.person_id
  LEFT JOIN stemcell_sample s ON s.id = (SELECT id FROM stemcell_sample WHERE enrollment_id = e.id ORDER BY sampled_on, id LIMIT 1)
  LEFT JOIN enrollment_contact c1 ON c1.enrollment_id = e.id AND c1.position = 1
  LEFT JOIN enrollment_contact c2 ON c2.enrollment_id = e.id AND c2.position = 2
  WHERE e.status != 'withdrawn' AND e.cmdp_donor_id IS NULL AND NOT ${IN_LIVE_BATCH('cmdp', 'e.person_id')} AND e.id > ?
  ORDER BY e.id LIMIT ?`;

/** What a volunteer still lacks before CMDP can take them, in the office's words. */
function missingOf(r: CmdpRow): string[] {
  const missing: string[] = [];
  if (r.sampled_on === null) missing.push('采样');
  if (r.sex === null) missing.push('性别');
  if (r.birth_date === null) missing.push('出生日期');
  if (r.doc_number === null) missing.push('证件号码');
  else if (followsResidentIdScheme(r.doc_type) && !parseResidentId(r.doc_number).ok) missing.push('有效的证件号码');
  if (r.mobile === null) missing.push('手机号码');
  if (r.c1_name === null || r.c2_name === null) missing.push('两位紧急联系人');
  return missing;
}

const relation = (r: ContactRelation | null) => (r === null ? null : CONTACT_RELATION_LABELS[r]);

// Filled into the person's object rather than spread into a new one: a 100,000-line batch
// makes these objects 100,000 times, and the copies were a fair share of its time (npm run bench).
function candidateOf(r: CmdpRow): Candidate {
  const row = personValues(r);
  row.consentDate = r.consent_date;
  row.contact1Name = r.c1_name;
  row.contact1Relation = relation(r.c1_relation);
  row.contact1Phone = r.c1_phone;
  row.contact2Name = r.c2_name;
  row.contact2Relation = relation(r.c2_relation);
  row.contact2Phone = r.c2_phone;
  row.sampledOn = r.sampled_on;
  row.tubeBarcode = r.tube_barcode;
  row.sampleVolumeMl = r.volume_ml;
  row.lab = r.lab;
  return { personId: r.person_id, sourceKey: `enrollment:${r.enrollment_id}`, row };
}

export function selectCmdp(db: Database): Selection {
  const page = db.prepare(SQL);
  const notReady: NotReady[] = [];
  function* candidates(): Generator<Candidate> {
    for (let after = 0; ; ) {
      const rows = page.all(after, PAGE_SIZE) as CmdpRow[];
      for (const r of rows) {
        const missing = missingOf(r);
        if (missing.length > 0) notReady.push({ personId: r.person_id, name: r.name, missing });
        else yield candidateOf(r);
      }
      if (rows.length < PAGE_SIZE) return;
      after = rows[rows.length - 1].enrollment_id;
    }
  }
  return { candidates: candidates(), notReady, summary: null };
}
