// The program half of a row (a donation at the chosen drive, a stem-cell enrollment, a pledge),
// parsed by the program's own contract schema, then checked against the registry: the age
// rules in force on the day, and whether the program already holds this record.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';
import { DonationInput, type ValidDonation } from '../../../contract/blood';
import type { ValidPerson } from '../../../contract/people';
import { ORGAN_LABELS, PLEDGE_KIND_LABELS, PledgeInput, type Organ, type PledgeKind } from '../../../contract/organ';
import { CONTACT_RELATION_LABELS, EnrollInput, type ContactRelation } from '../../../contract/stemcell';
import { toInputIssue } from '../../../contract/validation';
import { ageOn } from '../../../contract/validation/calendar';
import { donorHistory } from '../../blood/donations';
import { ruleBreaks } from '../../blood/eligibility';
import { eligibilityRules } from '../../blood/rules';
import { getRule } from '../../rules/repository';
import type { ImportField } from './columns';
import type { RowIssues } from './issues';
import { isBlank, type ColumnNames, type RowCells } from './person';
import { cellText, parseDateCell } from './values';

export type ProgramPart =
  | { readonly kind: 'people' }
  | { readonly kind: 'blood-drive'; readonly donation: ValidDonation }
  | { readonly kind: 'cmdp'; readonly enrollment: z.output<typeof EnrollInput> }
  | { readonly kind: 'organ'; readonly pledge: z.output<typeof PledgeInput> };

export interface DriveOfImport {
  readonly id: number;
  readonly date: string;
}

// One shared value: a 100,000-row people sheet need not hold 100,000 copies of it.
const PEOPLE_ONLY: ProgramPart = Object.freeze({ kind: 'people' });

/** Before the person exists the program records point at a placeholder; the commit sets the real id. */
export const PENDING_PERSON = 1;

/** Sheet words for the codes: the contract's labels plus the everyday variants. */
const RELATION_WORDS: Readonly<Record<string, ContactRelation>> = {
  ...Object.fromEntries(Object.entries(CONTACT_RELATION_LABELS).map(([code, label]) => [label, code as ContactRelation])),
  父亲: 'parent', 母亲: 'parent', 父: 'parent', 母: 'parent', 丈夫: 'spouse', 妻子: 'spouse', 夫妻: 'spouse',
  儿子: 'child', 女儿: 'child', 兄弟: 'sibling', 姐妹: 'sibling', 哥哥: 'sibling', 弟弟: 'sibling', 姐姐: 'sibling', 妹妹: 'sibling',
  亲戚: 'relative', 亲属: 'relative', 同学: 'friend', 朋友: 'friend', 同事: 'colleague',
};
const PLEDGE_WORDS: Readonly<Record<string, PledgeKind>> = {
  ...Object.fromEntries(Object.entries(PLEDGE_KIND_LABELS).map(([code, label]) => [label, code as PledgeKind])),
  角膜: 'corneas', 遗体捐献: 'body', 器官捐献: 'organs', 组织捐献: 'tissues',
};
const ORGAN_WORDS: Readonly<Record<string, Organ>> = {
  ...Object.fromEntries(Object.entries(ORGAN_LABELS).map(([code, label]) => [label, code as Organ])),
  心: 'heart', 肝: 'liver', 肾: 'kidney', 胰: 'pancreas', 肠: 'intestine',
};

const words = (text: string) => text.split(/[、，,;；/\s]+/).filter((w) => w !== '');

function parseWith<S extends z.ZodType>(schema: S, input: unknown, names: ColumnNames, fieldOf: (path: readonly (string | number)[]) => ImportField, issues: RowIssues): z.output<S> | null {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data as z.output<S>;
  for (const zodIssue of parsed.error.issues) {
    const issue = toInputIssue(zodIssue);
    const field = fieldOf(issue.path);
    issues.add(field, 'INVALID_VALUE', `${names[field] ?? field}：${issue.message}`);
  }
  return null;
}

function dateOf(cells: RowCells, field: ImportField, names: ColumnNames, issues: RowIssues): string | undefined {
  if (isBlank(cells[field])) return undefined;
  const date = parseDateCell(cells[field]!);
  if (date === null) issues.add(field, 'INVALID_VALUE', `${names[field] ?? field}：无法识别的日期“${cellText(cells[field]!)}”`);
  return date ?? undefined;
}

const numberOf = (cell: RowCells[ImportField]) => (isBlank(cell) ? undefined : Number(cellText(cell!).normalize('NFKC').replace(/(ml|毫升|个治疗量|治疗量|u)$/i, '').trim()));

function readDonation(cells: RowCells, names: ColumnNames, issues: RowIssues, drive: DriveOfImport): ProgramPart | null {
  const kindText = isBlank(cells.donationKind) ? '' : cellText(cells.donationKind!);
  const kind = /血小板|单采|机采/.test(kindText) ? 'platelets' : kindText === '' || /全血/.test(kindText) ? 'whole_blood' : null;
  if (kind === null) issues.add('donationKind', 'INVALID_VALUE', `${names.donationKind}：献血类型应为全血或单采血小板`);
  if (kind === 'whole_blood' && isBlank(cells.volumeMl)) issues.add('volumeMl', 'MISSING_REQUIRED', '全血献血须填写献血量');
  if (kind === 'platelets' && isBlank(cells.units)) issues.add('units', 'MISSING_REQUIRED', '单采血小板须填写治疗量');
  const input = {
    personId: PENDING_PERSON,
    date: drive.date,
    kind: kind ?? 'whole_blood',
    volumeMl: kind === 'whole_blood' ? numberOf(cells.volumeMl) : undefined,
    units: kind === 'platelets' ? numberOf(cells.units) : undefined,
    driveId: drive.id,
    certificateNo: isBlank(cells.certificateNo) ? undefined : cellText(cells.certificateNo!),
    // The donation happened at the drive: a rule it breaks is noted (DONATION_RULE), not refused.
    overrideReason: '数据导入：献血活动现场记录',
  };
  const donation = parseWith(DonationInput, input, names, (path) => (path[0] === 'units' ? 'units' : path[0] === 'certificateNo' ? 'certificateNo' : 'volumeMl'), issues);
  return donation && kind !== null ? { kind: 'blood-drive', donation } : null;
}

function readEnrollment(cells: RowCells, names: ColumnNames, issues: RowIssues): ProgramPart | null {
  const contact = (n: 1 | 2) => {
    const relationText = isBlank(cells[`contact${n}Relation`]) ? '' : cellText(cells[`contact${n}Relation`]!);
    const relation = RELATION_WORDS[relationText] ?? (relationText === '' ? 'relative' : undefined);
    if (relation === undefined) issues.add(`contact${n}Relation`, 'INVALID_VALUE', `${names[`contact${n}Relation`]}：无法识别的关系“${relationText}”`);
    return { name: cellText(cells[`contact${n}Name`] ?? null), relation: relation ?? 'relative', phone: cellText(cells[`contact${n}Phone`] ?? null) };
  };
  const input = {
    personId: PENDING_PERSON,
    consentDate: dateOf(cells, 'consentDate', names, issues),
    contacts: [contact(1), contact(2)],
    cmdpDonorId: isBlank(cells.cmdpDonorId) ? undefined : cellText(cells.cmdpDonorId!),
  };
  const fieldOf = (path: readonly (string | number)[]): ImportField =>
    path[0] === 'contacts' ? (`contact${Number(path[1] ?? 0) + 1}${path[2] === 'phone' ? 'Phone' : path[2] === 'relation' ? 'Relation' : 'Name'}` as ImportField) : path[0] === 'cmdpDonorId' ? 'cmdpDonorId' : 'consentDate';
  const enrollment = parseWith(EnrollInput, input, names, fieldOf, issues);
  return enrollment ? { kind: 'cmdp', enrollment } : null;
}

function readPledge(cells: RowCells, names: ColumnNames, issues: RowIssues): ProgramPart | null {
  const kindWords = isBlank(cells.pledgeKinds) ? [] : words(cellText(cells.pledgeKinds!));
  const kinds = kindWords.map((w) => PLEDGE_WORDS[w]);
  if (kinds.includes(undefined as never)) issues.add('pledgeKinds', 'INVALID_VALUE', `${names.pledgeKinds}：应为器官、组织、眼角膜、遗体中的一项或几项`);
  const organWords = isBlank(cells.organs) ? [] : words(cellText(cells.organs!));
  const organs = organWords.filter((w) => w !== '全部' && w !== '所有').map((w) => ORGAN_WORDS[w]);
  if (organs.includes(undefined as never)) issues.add('organs', 'INVALID_VALUE', `${names.organs}：应为心脏、肺、肝脏、肾脏、胰腺、小肠`);
  const input = {
    personId: PENDING_PERSON,
    registeredOn: dateOf(cells, 'registeredOn', names, issues),
    kinds: kinds.filter(Boolean),
    organs: organs.filter(Boolean),
    cardNumber: isBlank(cells.cardNumber) ? undefined : cellText(cells.cardNumber!),
  };
  const fieldOf = (path: readonly (string | number)[]): ImportField =>
    path[0] === 'cardNumber' ? 'cardNumber' : path[0] === 'organs' ? 'organs' : path[0] === 'registeredOn' ? 'registeredOn' : 'pledgeKinds';
  const pledge = parseWith(PledgeInput, input, names, fieldOf, issues);
  return pledge ? { kind: 'organ', pledge } : null;
}

export function readProgram(kind: ProgramPart['kind'], cells: RowCells, names: ColumnNames, issues: RowIssues, drive: DriveOfImport | null): ProgramPart | null {
  switch (kind) {
    case 'people':
      return PEOPLE_ONLY;
    case 'blood-drive':
      return readDonation(cells, names, issues, drive!);
    case 'cmdp':
      return readEnrollment(cells, names, issues);
    case 'organ':
      return readPledge(cells, names, issues);
  }
}

const exists = (db: Database, sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) !== undefined;

/**
 * The registry's rules for the row: age on the day, and records the program already holds.
 * Returns false when the row is to be skipped (already recorded) — a warning, not an error;
 * the other checks would only repeat what the program already holds.
 */
export function checkProgram(db: Database, part: ProgramPart, person: ValidPerson, personId: number | null, issues: RowIssues): boolean {
  const birth = person.birthDate ?? null;
  switch (part.kind) {
    case 'people':
      return true;
    case 'blood-drive': {
      const d = part.donation;
      if (personId !== null && exists(db, 'SELECT 1 FROM donation WHERE person_id = ? AND drive_id = ?', personId, d.driveId)) {
        issues.add('docNumber', 'ALREADY_RECORDED', '此人在本次献血活动的记录已登记，本行将跳过', 'warning');
        return false;
      }
      if (d.certificateNo !== undefined && exists(db, 'SELECT 1 FROM donation WHERE certificate_no = ?', d.certificateNo)) {
        issues.add('certificateNo', 'INVALID_VALUE', `献血证编号 ${d.certificateNo} 已登记`);
      }
      const volumes = getRule(db, 'blood.wholeBloodVolumes', d.date);
      if (d.kind === 'whole_blood' && !volumes.includes(d.volumeMl!)) issues.add('volumeMl', 'INVALID_VALUE', `献血量应为 ${volumes.join('、')} 毫升之一`);
      const history = personId === null ? { birthDate: birth, donations: [] } : { ...donorHistory(db, personId), birthDate: birth };
      for (const broken of ruleBreaks(history, { date: d.date, kind: d.kind }, eligibilityRules(db, d.date))) {
        if (broken.rule.startsWith('age.')) issues.add('birthDate', 'AGE_OUT_OF_RANGE', `献血年龄不符合规定（${broken.rule === 'age.min' ? '未满' : '超过'} ${broken.limit ?? ''} 周岁）`);
        else issues.add('volumeMl', 'DONATION_RULE', `不符合献血间隔规定（${broken.rule}，最早 ${broken.allowedFrom ?? '—'}），将按现场记录导入`, 'warning');
      }
      return true;
    }
    case 'cmdp': {
      const e = part.enrollment;
      if (personId !== null && exists(db, 'SELECT 1 FROM enrollment WHERE person_id = ?', personId)) {
        issues.add('docNumber', 'ALREADY_RECORDED', '此人已登记为造血干细胞捐献志愿者，本行将跳过', 'warning');
        return false;
      }
      const age = getRule(db, 'cmdp.age', e.consentDate);
      const years = birth === null ? null : ageOn(birth, e.consentDate);
      if (years === null || years < age.min || years > age.max) {
        issues.add('birthDate', 'AGE_OUT_OF_RANGE', `入库年龄须为 ${age.min}–${age.max} 周岁，签署同意书时${years === null ? '年龄不详' : ` ${years} 周岁`}`);
      }
      if (e.cmdpDonorId !== undefined && exists(db, 'SELECT 1 FROM enrollment WHERE cmdp_donor_id = ?', e.cmdpDonorId)) {
        issues.add('cmdpDonorId', 'INVALID_VALUE', '该中华骨髓库编号已属于另一位志愿者');
      }
      if (person.mobile !== undefined && e.contacts.some((c) => c.phone === person.mobile)) issues.add('contact1Phone', 'INVALID_VALUE', '紧急联系人电话不能是志愿者本人的号码');
      return true;
    }
    case 'organ': {
      const p = part.pledge;
      if (personId !== null && exists(db, "SELECT 1 FROM pledge WHERE person_id = ? AND status = 'active'", personId)) {
        issues.add('docNumber', 'ALREADY_RECORDED', '此人已有有效的捐献登记，本行将跳过', 'warning');
        return false;
      }
      const minAge = getRule(db, 'organ.minAge', p.registeredOn);
      const years = birth === null ? null : ageOn(birth, p.registeredOn);
      if (years === null || years < minAge) issues.add('birthDate', 'AGE_OUT_OF_RANGE', `登记捐献须年满 ${minAge} 周岁`);
      if (exists(db, "SELECT 1 FROM pledge WHERE card_number = ? AND status != 'changed'", p.cardNumber)) issues.add('cardNumber', 'INVALID_VALUE', `登记卡号 ${p.cardNumber} 已被使用`);
      return true;
    }
  }
}
