// Demo stem-cell volunteers: some of the young adults join (18–45 on a consent date within the
// last fifteen years) and go as far along the pipeline as time since then allows, with samples,
// typings, a CMDP donor ID once typed, and withdrawals (悔捐 among them) at realistic rates.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { CONTACT_RELATIONS, type PipelineStatus, type WithdrawalReason } from '../../contract/stemcell';
import { addDays, daysBetween } from '../../contract/validation/calendar';
import { HLA_LOCI, type HlaLocus } from '../../contract/validation/hla';
import { demoLandline, demoMobile } from '../demo/identity';
import { demoName } from '../demo/names';
import type { Rng, Seeder } from '../demo/types';
import { locusColumns } from './repository';

/** Of the people of joining age, the share who enrolled: a blood-donor registry recruits well. */
const JOIN_SHARE = 0.12;

/** Where volunteers stop (if time allows): most wait, typed, in the database for years. */
const TARGET: readonly (readonly [PipelineStatus, number])[] = [
  ['registered', 3],
  ['sample_scheduled', 2],
  ['sampled', 3],
  ['typed', 82],
  ['preliminary_match', 4],
  ['high_resolution', 2],
  ['workup', 1],
  ['donated', 3],
];

/** Days to the next stage: [min, max]. Sampling on the spot at joining happens at drives. */
const GAP: Readonly<Record<PipelineStatus, readonly [number, number]>> = {
  registered: [2, 20],
  sample_scheduled: [1, 14],
  sampled: [20, 60],
  typed: [60, 2500],
  preliminary_match: [10, 40],
  high_resolution: [20, 60],
  workup: [14, 45],
  donated: [0, 0],
};

const REASONS: readonly (readonly [WithdrawalReason, number])[] = [
  ['PR', 40],
  ['UC', 25],
  ['MO', 12],
  ['MR', 10],
  ['OT', 6],
  ['TQ', 3],
  ['DD', 1],
];

const LABS = ['广东省血液中心 HLA 实验室', '汕头市中心血站', '中华骨髓库广东分库实验室'];

const ALLELES: Readonly<Record<HlaLocus, readonly string[]>> = {
  A: ['02:01', '11:01', '24:02', '33:03', '02:07', '30:01', '01:01', '02:06', '26:01', '31:01'],
  B: ['46:01', '40:01', '58:01', '13:02', '51:01', '15:01', '35:01', '44:03', '54:01', '38:02'],
  C: ['01:02', '07:02', '03:04', '03:02', '08:01', '06:02', '03:03', '12:02', '14:02', '15:02'],
  DRB1: ['09:01', '15:01', '12:02', '08:03', '07:01', '03:01', '04:05', '11:01', '14:01', '13:02'],
  DQB1: ['03:01', '03:03', '06:01', '06:02', '02:01', '05:01', '04:01', '03:02'],
  DPB1: ['05:01', '02:01', '04:01', '13:01', '02:02', '03:01', '09:01'],
};

const yearsAfter = (date: string, years: number) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
const laterOf = (a: string, b: string) => (a > b ? a : b);
const earlierOf = (a: string, b: string) => (a < b ? a : b);
const between = (rng: Rng, from: string, to: string) => addDays(from, rng.int(0, Math.max(0, daysBetween(from, to))));

function typingValues(rng: Rng, high: boolean): (string | null)[] {
  const loci: HlaLocus[] = high ? ['A', 'B', 'C', 'DRB1', 'DQB1', 'DPB1'] : ['A', 'B', 'DRB1'];
  return HLA_LOCI.flatMap((locus) =>
    loci.includes(locus)
      ? [0, 1].map(() => {
          const allele = rng.pick(ALLELES[locus]);
          return `${locus}*${high ? allele : allele.slice(0, 2)}`;
        })
      : [null, null],
  );
}

interface Step {
  readonly status: PipelineStatus | 'withdrawn';
  readonly from: PipelineStatus | null;
  readonly date: string;
  readonly reason: WithdrawalReason | null;
}

/** The steps a volunteer took from consent until the target stage or today, then maybe a withdrawal. */
function stepsFor(rng: Rng, consent: string, today: string): Step[] {
  const target = rng.weighted(TARGET);
  const steps: Step[] = [{ status: 'registered', from: null, date: consent, reason: null }];
  const path: PipelineStatus[] = rng.chance(0.6) ? ['sampled'] : ['sample_scheduled', 'sampled'];
  path.push('typed', 'preliminary_match', 'high_resolution', 'workup', 'donated');
  let current: PipelineStatus = 'registered';
  let date = consent;
  for (const next of path) {
    if (current === target) break;
    // Sampling on the spot is the same day; every other step takes its time.
    const [min, max] = current === 'registered' && next === 'sampled' ? [0, 0] : GAP[current];
    const nextDate = addDays(date, rng.int(min, max));
    if (nextDate > today) break;
    steps.push({ status: next, from: current, date: nextDate, reason: null });
    current = next;
    date = nextDate;
  }
  const afterMatch = current === 'preliminary_match' || current === 'high_resolution' || current === 'workup';
  const withdrawal = current === 'donated' ? 0.3 : afterMatch ? 0.25 : 0.1;
  const withdrawnOn = addDays(date, rng.int(1, 400));
  if (rng.chance(withdrawal) && withdrawnOn <= today) {
    const reason = current === 'donated' ? 'TX' : rng.weighted(REASONS);
    steps.push({ status: 'withdrawn', from: current, date: withdrawnOn, reason });
  }
  return steps;
}

export const seedStemcell: Seeder = (db: Database, rng, people, { today }) => {
  const columns = HLA_LOCI.flatMap(locusColumns);
  const insert = {
    enrollment: db.prepare(
      `INSERT INTO enrollment (person_id, consent_date, status, status_since, withdrawn_from, withdrawal_reason, cmdp_donor_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    contact: db.prepare('INSERT INTO enrollment_contact (enrollment_id, position, name, relation, phone) VALUES (?, ?, ?, ?, ?)'),
    step: db.prepare(
      `INSERT INTO enrollment_status (enrollment_id, status, from_status, changed_on, reason, recorded_at, recorded_by)
       VALUES (?, ?, ?, ?, ?, ?, 'demo')`,
    ),
    sample: db.prepare(
      `INSERT INTO stemcell_sample (enrollment_id, sampled_on, tube_barcode, volume_ml, lab, recorded_at, recorded_by)
       VALUES (?, ?, ?, ?, ?, ?, 'demo')`,
    ),
    typing: db.prepare(
      `INSERT INTO hla_typing (enrollment_id, typed_on, lab, resolution, ${columns.join(', ')}, recorded_at, recorded_by)
       VALUES (?, ?, ?, ?, ${columns.map(() => '?').join(', ')}, ?, 'demo')`,
    ),
  };
  const oldestConsent = addDays(today, -15 * 365);
  for (const person of people) {
    const from = laterOf(yearsAfter(person.birthDate, 18), oldestConsent);
    const to = earlierOf(addDays(yearsAfter(person.birthDate, 46), -1), today);
    if (from > to || !rng.chance(JOIN_SHARE)) continue;
    const consent = between(rng, from, to);
    const steps = stepsFor(rng, consent, today);
    const last = steps[steps.length - 1];
    const typed = steps.find((s) => s.status === 'typed');
    const at = (date: string) => `${date}T09:00:00.000Z`;
    const id = Number(
      insert.enrollment.run(
        person.id,
        consent,
        last.status,
        last.date,
        last.status === 'withdrawn' ? last.from : null,
        last.reason,
        typed ? String(440_000_000_000 + person.id) : null,
        at(consent),
        at(last.date),
      ).lastInsertRowid,
    );
    for (const position of [1, 2]) {
      const relation = rng.pick(CONTACT_RELATIONS);
      insert.contact.run(id, position, demoName(rng, rng.chance(0.5) ? 'M' : 'F'), relation, rng.chance(0.85) ? demoMobile(rng) : demoLandline(rng));
    }
    for (const step of steps) insert.step.run(id, step.status, step.from, step.date, step.reason, at(step.date));
    const sampled = steps.find((s) => s.status === 'sampled');
    if (sampled) insert.sample.run(id, sampled.date, `GD${String(person.id).padStart(10, '0')}`, rng.pick([5, 6, 7, 8]), rng.pick(LABS), at(sampled.date));
    if (typed) {
      // Typing at joining has been high-resolution (NGS) in recent years.
      const high = typed.date >= '2020-01-01' ? rng.chance(0.7) : rng.chance(0.1);
      insert.typing.run(id, typed.date, rng.pick(LABS), high ? 'high' : 'low', ...typingValues(rng, high), at(typed.date));
    }
  }
};
