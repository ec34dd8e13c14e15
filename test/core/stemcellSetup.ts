// What the stem-cell tests share: a registry reached through the dispatcher (as every transport
// reaches it), people to enroll, and a way to bring a volunteer to any stage of the pipeline.
import { createDispatcher } from '../../electron/api/dispatch';
import type { ApiErrorBody } from '../../electron/contract/errors';
import type { InputOf } from '../../electron/contract/methods';
import type { EnrollmentDetail, PipelineStatus } from '../../electron/contract/stemcell';
import { callsOf } from './helpers/calls';
import { tempRegistry } from './helpers/tmp';

export const CONTACTS: InputOf<'stemcell.enroll'>['contacts'] = [
  { name: '张建国', relation: 'parent', phone: '13800138001' },
  { name: '李梅', relation: 'friend', phone: '0754-88123456' },
];

export const TYPING: Omit<InputOf<'stemcell.addTyping'>, 'enrollmentId' | 'typedOn'> = {
  lab: '广东省血液中心 HLA 实验室',
  resolution: 'low',
  alleles: { A: ['A*02', 'A*11'], B: ['B*46', 'B*40'], DRB1: ['DRB1*09', 'DRB1*15'] },
};

export function setup() {
  const registry = tempRegistry();
  const dispatch = createDispatcher(registry, { actor: 'staff-1' });

  const { call, refusal } = callsOf(dispatch);

  async function person(name: string, birthDate: string, mobile?: string): Promise<number> {
    return (await call('people.create', { name, birthDate, ...(mobile ? { mobile } : {}) })).id;
  }

  async function enroll(personId: number, consentDate: string): Promise<EnrollmentDetail> {
    return call('stemcell.enroll', { personId, consentDate, contacts: CONTACTS });
  }

  let barcode = 0;
  /**
   * Moves a volunteer forward one day at a time from `start` until `stage`: scheduled, sampled
   * (a sample), typed (a typing), then the ordinary next step of each match stage.
   */
  async function advanceTo(from: EnrollmentDetail, stage: PipelineStatus, start = '2024-03-02'): Promise<EnrollmentDetail> {
    const day = new Date(`${start}T00:00:00Z`);
    let detail = from;
    while (detail.status !== stage) {
      const date = day.toISOString().slice(0, 10);
      day.setUTCDate(day.getUTCDate() + 1);
      const enrollmentId = detail.id;
      if (detail.status === 'sample_scheduled') {
        barcode += 1;
        const tubeBarcode = `GD${String(barcode).padStart(8, '0')}`;
        detail = await call('stemcell.addSample', { enrollmentId, sampledOn: date, tubeBarcode, volumeMl: 6, lab: '广东省血液中心' });
      } else if (detail.status === 'sampled') {
        detail = await call('stemcell.addTyping', { enrollmentId, typedOn: date, ...TYPING });
      } else {
        detail = await call('stemcell.changeStatus', { enrollmentId, status: detail.nextSteps[0], date });
      }
    }
    return detail;
  }

  return { registry, dispatch, call, refusal, person, enroll, advanceTo };
}

/** The first detail of an INVALID_INPUT refusal: the field and the problem. */
export function firstIssue(error: ApiErrorBody): { path: string; code?: string; message: string } {
  const [issue] = error.details as { path: (string | number)[]; code?: string; message: string }[];
  return { path: issue.path.join('.'), code: issue.code, message: issue.message };
}
