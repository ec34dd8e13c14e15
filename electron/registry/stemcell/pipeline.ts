// Moving a volunteer along the CMDP pipeline. Every change is a dated timeline entry written in
// the same transaction as the enrollment's current status: forward steps only (NEXT_STEPS),
// never in the future, never before the step before. Sampled and typed are reached by
// recording the sample and the typing, so those stages always have their record behind them.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';
import { ApiError } from '../../contract/errors';
import {
  STATUS_LABELS,
  type EnrollmentDetail,
  type EnrollmentStatus,
  type SampleInput,
  type StatusChangeInput,
  type TypingInput,
  type WithdrawalReason,
} from '../../contract/stemcell';
import { HLA_LOCI } from '../../contract/validation/hla';
import { recordAudit } from '../audit/log';
import { fieldError } from '../fieldError';
import { coolingOffUntil, detailOf, findEnrollmentRow, hasHighResolutionTyping, locusColumns, nextSteps, type EnrollmentRow } from './repository';

interface Transition {
  readonly to: EnrollmentStatus;
  readonly date: string;
  readonly reason?: WithdrawalReason;
  readonly note?: string;
  /** The form field the date came from, for the error path. */
  readonly dateField?: string;
}

const label = (status: EnrollmentStatus) => `“${STATUS_LABELS[status]}”`;

/** Checks the step against the pipeline, the dates and the cooling-off period, then writes it. */
function applyTransition(db: Database, row: EnrollmentRow, step: Transition, actor: string): void {
  const dateField = step.dateField ?? 'date';
  if (row.status === 'withdrawn') throw fieldError(['status'], '该志愿者已退出，不能再变更状态', 'CMDP_WITHDRAWN');
  if (step.to !== 'withdrawn' && !nextSteps(row.status, hasHighResolutionTyping(db, row.id)).includes(step.to)) {
    throw fieldError(['status'], `不能从${label(row.status)}变更为${label(step.to)}`, 'CMDP_STEP');
  }
  if (step.date < row.status_since) {
    throw fieldError([dateField], `日期不能早于上一状态${label(row.status)}的日期 ${row.status_since}`, 'CMDP_DATE_ORDER', {
      date: row.status_since,
    });
  }
  const firstSamplingDay = coolingOffUntil(db, row.consent_date);
  const schedulesSampling = row.status === 'registered' && (step.to === 'sample_scheduled' || step.to === 'sampled');
  if (schedulesSampling && firstSamplingDay !== null && step.date < firstSamplingDay) {
    throw fieldError([dateField], `静思期内不能安排采样：同意书签署于 ${row.consent_date}，最早可于 ${firstSamplingDay} 安排`, 'CMDP_COOLING_OFF', {
      date: firstSamplingDay,
    });
  }
  const withdrawing = step.to === 'withdrawn';
  const duringCoolingOff = withdrawing && row.status === 'registered' && firstSamplingDay !== null && step.date < firstSamplingDay;
  const now = new Date().toISOString();
  db.prepare(
    `INSERT INTO enrollment_status (enrollment_id, status, from_status, changed_on, reason, note, during_cooling_off, recorded_at, recorded_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(row.id, step.to, row.status, step.date, step.reason ?? null, step.note ?? null, duringCoolingOff ? 1 : 0, now, actor);
  db.prepare('UPDATE enrollment SET status = ?, status_since = ?, withdrawn_from = ?, withdrawal_reason = ?, updated_at = ? WHERE id = ?').run(
    step.to,
    step.date,
    withdrawing ? row.status : null,
    withdrawing ? (step.reason ?? null) : null,
    now,
    row.id,
  );
  recordAudit(db, {
    actor,
    action: 'stemcell.status',
    entity: 'enrollment',
    entityId: row.id,
    before: { status: row.status, since: row.status_since },
    after: { status: step.to, since: step.date, reason: step.reason ?? null, duringCoolingOff },
  });
}

export function changeStatus(db: Database, input: z.output<typeof StatusChangeInput>, actor: string): EnrollmentDetail {
  return db.transaction(() => {
    const row = findEnrollmentRow(db, input.enrollmentId);
    if (input.status === 'sampled' && row.status !== 'withdrawn') {
      throw fieldError(['status'], '请录入采样记录（日期、采血管条码、采血量、实验室），状态随之变为“已采样”', 'CMDP_NEEDS_SAMPLE');
    }
    if (input.status === 'typed' && row.status === 'sampled') {
      throw fieldError(['status'], '请录入 HLA 分型结果，状态随之变为“已分型入库”', 'CMDP_NEEDS_TYPING');
    }
    applyTransition(db, row, { to: input.status, date: input.date, reason: input.reason, note: input.note }, actor);
    return detailOf(db, findEnrollmentRow(db, row.id));
  })();
}

export function addSample(db: Database, input: z.output<typeof SampleInput>, actor: string): EnrollmentDetail {
  return db.transaction(() => {
    const row = findEnrollmentRow(db, input.enrollmentId);
    if (row.status === 'withdrawn') throw fieldError(['sampledOn'], '该志愿者已退出，不能再录入采样', 'CMDP_WITHDRAWN');
    if (input.sampledOn < row.consent_date) {
      throw fieldError(['sampledOn'], `采样日期不能早于同意书签署日期 ${row.consent_date}`, 'CMDP_DATE_ORDER', { date: row.consent_date });
    }
    const taken = db.prepare('SELECT enrollment_id FROM stemcell_sample WHERE tube_barcode = ?').get(input.tubeBarcode) as { enrollment_id: number } | undefined;
    if (taken) throw new ApiError('DUPLICATE', '该采血管条码已登记过', { field: 'tubeBarcode', enrollmentId: taken.enrollment_id });

    // The first sample moves the volunteer to "sampled"; later ones (a repeat draw) are records only.
    if (row.status === 'registered' || row.status === 'sample_scheduled') {
      applyTransition(db, row, { to: 'sampled', date: input.sampledOn, dateField: 'sampledOn' }, actor);
    }
    const { lastInsertRowid } = db
      .prepare('INSERT INTO stemcell_sample (enrollment_id, sampled_on, tube_barcode, volume_ml, lab, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(row.id, input.sampledOn, input.tubeBarcode, input.volumeMl, input.lab, new Date().toISOString(), actor);
    recordAudit(db, { actor, action: 'stemcell.sample', entity: 'enrollment', entityId: row.id, after: { sampleId: Number(lastInsertRowid), ...input } });
    return detailOf(db, findEnrollmentRow(db, row.id));
  })();
}

export function addTyping(db: Database, input: z.output<typeof TypingInput>, actor: string): EnrollmentDetail {
  return db.transaction(() => {
    const row = findEnrollmentRow(db, input.enrollmentId);
    if (row.status === 'withdrawn') throw fieldError(['typedOn'], '该志愿者已退出，不能再录入分型', 'CMDP_WITHDRAWN');
    const firstSample = db.prepare('SELECT min(sampled_on) AS d FROM stemcell_sample WHERE enrollment_id = ?').get(row.id) as { d: string | null };
    if (firstSample.d === null) throw fieldError(['typedOn'], '尚未录入采样记录，不能录入分型结果', 'CMDP_NEEDS_SAMPLE');
    if (input.typedOn < firstSample.d) throw fieldError(['typedOn'], `分型日期不能早于采样日期 ${firstSample.d}`, 'CMDP_DATE_ORDER', { date: firstSample.d });

    if (row.status === 'sampled') {
      applyTransition(db, row, { to: 'typed', date: input.typedOn, dateField: 'typedOn' }, actor);
    }
    const columns = HLA_LOCI.flatMap(locusColumns);
    const values = HLA_LOCI.flatMap((locus) => input.alleles[locus] ?? [null, null]);
    const { lastInsertRowid } = db
      .prepare(
        // Column names come from our own locus list, never from input.
        `INSERT INTO hla_typing (enrollment_id, typed_on, lab, resolution, ${columns.join(', ')}, recorded_at, recorded_by)
         VALUES (?, ?, ?, ?, ${columns.map(() => '?').join(', ')}, ?, ?)`,
      )
      .run(row.id, input.typedOn, input.lab, input.resolution, ...values, new Date().toISOString(), actor);
    // Genotypes are sensitive health data: the log records that a typing was entered, not the alleles.
    const loci = HLA_LOCI.filter((l) => input.alleles[l] !== undefined);
    recordAudit(db, { actor, action: 'stemcell.typing', entity: 'enrollment', entityId: row.id, after: { typingId: Number(lastInsertRowid), typedOn: input.typedOn, lab: input.lab, resolution: input.resolution, loci } });
    return detailOf(db, findEnrollmentRow(db, row.id));
  })();
}
