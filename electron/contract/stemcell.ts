// Stem-cell volunteers (中华骨髓库, CMDP): enrollment, the status pipeline, samples and HLA
// typing, as the API accepts and returns them. The pipeline's allowed steps live here so the
// registry enforces them and the pages offer exactly those actions.
import { z } from 'zod';
import { method } from './spec';
import { contactPhone, optionalNotes as optionalText, personName, requiredLine as text } from './fields';
import type { Sex } from './validation';
import { pastDate } from './validation/calendar';
import { HLA_LOCI, hlaProblemMessage, parseHlaAllele, type HlaLocus } from './validation/hla';

/** The pipeline in order, then withdrawal, which can follow any stage. */
export const PIPELINE = ['registered', 'sample_scheduled', 'sampled', 'typed', 'preliminary_match', 'high_resolution', 'workup', 'donated'] as const;
export type PipelineStatus = (typeof PIPELINE)[number];
export const ENROLLMENT_STATUSES = [...PIPELINE, 'withdrawn'] as const;
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number];

/**
 * The steps out of each stage. Besides the next stage, three are real practice:
 * - registered → sampled: blood taken on the spot when the volunteer signs (at a drive);
 * - preliminary_match → workup: only when a high-resolution typing is already on file;
 * - back to typed from a match stage: the patient's centre chose another donor, and the
 *   volunteer stays in the database (most preliminary matches end this way).
 */
export const NEXT_STEPS: Readonly<Record<PipelineStatus, readonly PipelineStatus[]>> = {
  registered: ['sample_scheduled', 'sampled'],
  sample_scheduled: ['sampled'],
  sampled: ['typed'],
  typed: ['preliminary_match'],
  preliminary_match: ['high_resolution', 'workup', 'typed'],
  high_resolution: ['workup', 'typed'],
  workup: ['donated', 'typed'],
  donated: [],
};

/** The office's words for the statuses; core messages and the Chinese catalogue use these. */
export const STATUS_LABELS: Readonly<Record<EnrollmentStatus, string>> = {
  registered: '已登记',
  sample_scheduled: '已预约采样',
  sampled: '已采样',
  typed: '已分型入库',
  preliminary_match: '初配',
  high_resolution: '高分辨',
  workup: '体检',
  donated: '已捐献',
  withdrawn: '已退出',
};

/** Withdrawing from these stages is 悔捐: a patient had been found. */
export const MATCH_STAGES: readonly PipelineStatus[] = ['preliminary_match', 'high_resolution', 'workup'];

/** EMDIS D_STAT_REASON codes, the reason recorded with a withdrawal. */
export const WITHDRAWAL_REASONS = ['DO', 'DD', 'MR', 'PR', 'TX', 'MO', 'UC', 'TQ', 'OT'] as const;
export type WithdrawalReason = (typeof WITHDRAWAL_REASONS)[number];
export const WITHDRAWAL_REASON_LABELS: Readonly<Record<WithdrawalReason, string>> = {
  DO: '年龄超限',
  DD: '已故',
  MR: '健康原因',
  PR: '个人原因',
  TX: '已为患者捐献（移植后）',
  MO: '迁居外地',
  UC: '无法联系',
  TQ: '分型结果存疑',
  OT: '其他原因',
};

export const CONTACT_RELATIONS = ['parent', 'spouse', 'child', 'sibling', 'relative', 'friend', 'colleague'] as const;
export type ContactRelation = (typeof CONTACT_RELATIONS)[number];
export const CONTACT_RELATION_LABELS: Readonly<Record<ContactRelation, string>> = {
  parent: '父母',
  spouse: '配偶',
  child: '子女',
  sibling: '兄弟姐妹',
  relative: '其他亲属',
  friend: '朋友',
  colleague: '同事',
};

export const RESOLUTIONS = ['low', 'high'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

/** Loci every typing must carry: the three classic matching loci. */
export const REQUIRED_LOCI: readonly HlaLocus[] = ['A', 'B', 'DRB1'];

export const EmergencyContactInput = z
  .object({
    name: personName('联系人姓名'),
    relation: z.enum(CONTACT_RELATIONS, { error: '请选择与志愿者的关系' }),
    phone: contactPhone('联系人电话'),
  })
  .strict();
export type EmergencyContactInput = z.input<typeof EmergencyContactInput>;

const contactsSchema = z
  .array(EmergencyContactInput)
  .length(2, '入库同意书需填写两位紧急联系人（亲属或朋友）')
  .superRefine((contacts, ctx) => {
    if (contacts.length === 2 && contacts[0].phone === contacts[1].phone) {
      ctx.addIssue({ code: 'custom', path: [1, 'phone'], message: '两位联系人的电话不能相同' });
    }
  });

/** 12 digits, as CMDP publishes its donor IDs; spaces and full-width digits are tidied. */
export const cmdpDonorIdSchema = z
  .string()
  .transform((raw) => raw.normalize('NFKC').replace(/\s+/g, ''))
  .refine((id) => /^\d{12}$/.test(id), '中华骨髓库编号应为 12 位数字');

export const EnrollInput = z
  .object({
    personId: z.number().int().positive(),
    consentDate: pastDate('同意书签署日期'),
    contacts: contactsSchema,
    cmdpDonorId: cmdpDonorIdSchema.optional(),
    notes: optionalText('备注', 2000),
  })
  .strict();
export type EnrollInput = z.input<typeof EnrollInput>;

export const EnrollmentUpdateInput = z
  .object({
    enrollmentId: z.number().int().positive(),
    contacts: contactsSchema,
    /** null clears a wrongly entered number. */
    cmdpDonorId: cmdpDonorIdSchema.nullable(),
    notes: optionalText('备注', 2000),
  })
  .strict();
export type EnrollmentUpdateInput = z.input<typeof EnrollmentUpdateInput>;

export const StatusChangeInput = z
  .object({
    enrollmentId: z.number().int().positive(),
    status: z.enum(ENROLLMENT_STATUSES),
    date: pastDate('日期'),
    reason: z.enum(WITHDRAWAL_REASONS, { error: '请选择退出原因' }).optional(),
    note: optionalText('说明', 500),
  })
  .strict()
  .superRefine((change, ctx) => {
    if (change.status === 'withdrawn' && change.reason === undefined) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: '退出须选择原因代码' });
    }
    if (change.status !== 'withdrawn' && change.reason !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: '原因代码只用于退出' });
    }
  });
export type StatusChangeInput = z.input<typeof StatusChangeInput>;

export const SampleInput = z
  .object({
    enrollmentId: z.number().int().positive(),
    sampledOn: pastDate('采样日期'),
    tubeBarcode: z
      .string({ error: '请填写采血管条码' })
      .transform((raw) => raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase())
      .refine((code) => /^[A-Z0-9-]{4,30}$/.test(code), '采血管条码应为 4–30 位字母、数字或连字符'),
    volumeMl: z.number({ error: '请填写采血量' }).min(1, '采血量至少 1 毫升').max(20, '采血量不应超过 20 毫升'),
    lab: text('检测实验室', 100),
  })
  .strict();
export type SampleInput = z.input<typeof SampleInput>;

/** Two alleles of a locus; a homozygous volunteer has the same allele twice. */
const allelePair = z.tuple([z.string(), z.string()]);

export const TypingInput = z
  .object({
    enrollmentId: z.number().int().positive(),
    typedOn: pastDate('分型日期'),
    lab: text('分型实验室', 100),
    resolution: z.enum(RESOLUTIONS, { error: '请选择分辨率' }),
    alleles: z.partialRecord(z.enum(HLA_LOCI), allelePair),
  })
  .strict()
  .transform((typing, ctx) => {
    const alleles: Partial<Record<HlaLocus, [string, string]>> = {};
    for (const locus of HLA_LOCI) {
      const pair = typing.alleles[locus];
      const blank = pair === undefined || pair.every((a) => a.trim() === '');
      if (blank) {
        if (REQUIRED_LOCI.includes(locus)) {
          ctx.addIssue({ code: 'custom', path: ['alleles', locus, 0], message: `HLA-${locus} 为必填位点`, params: { code: 'HLA_EMPTY' } });
        }
        continue;
      }
      const parsed = pair.map((raw, i) => {
        const result = parseHlaAllele(raw, locus);
        const problem = result.ok ? (typing.resolution === 'high' && result.fields < 2 ? 'HLA_NOT_HIGH' : null) : result.problem;
        if (problem !== null) {
          const message = result.ok ? hlaProblemMessage(problem, locus) : result.message;
          ctx.addIssue({ code: 'custom', path: ['alleles', locus, i], message: `HLA-${locus} 第 ${i + 1} 个等位基因：${message}`, params: { code: problem, locus } });
        }
        return result.ok ? result.value : raw;
      });
      alleles[locus] = [parsed[0], parsed[1]];
    }
    return { ...typing, alleles };
  });
export type TypingInput = z.input<typeof TypingInput>;

export interface EmergencyContact {
  readonly name: string;
  readonly relation: ContactRelation;
  readonly phone: string;
}

export interface StatusChange {
  readonly id: number;
  readonly status: EnrollmentStatus;
  /** The stage left; null for the first entry (registered). */
  readonly fromStatus: PipelineStatus | null;
  readonly date: string;
  readonly reason: WithdrawalReason | null;
  readonly note: string | null;
  /** A withdrawal inside the cooling-off period (静思期). */
  readonly duringCoolingOff: boolean;
  readonly recordedAt: string;
  readonly recordedBy: string;
}

export interface Sample {
  readonly id: number;
  readonly sampledOn: string;
  readonly tubeBarcode: string;
  readonly volumeMl: number;
  readonly lab: string;
}

export interface HlaTyping {
  readonly id: number;
  readonly typedOn: string;
  readonly lab: string;
  readonly resolution: Resolution;
  readonly alleles: Readonly<Partial<Record<HlaLocus, readonly [string, string]>>>;
}

export interface EnrollmentSummary {
  readonly id: number;
  readonly personId: number;
  readonly name: string;
  readonly sex: Sex | null;
  readonly birthDate: string | null;
  readonly consentDate: string;
  readonly status: EnrollmentStatus;
  /** The date of the current status: how long the volunteer has been waiting at this stage. */
  readonly statusSince: string;
  readonly cmdpDonorId: string | null;
  readonly withdrawnFrom: PipelineStatus | null;
  readonly withdrawalReason: WithdrawalReason | null;
  /** 悔捐: withdrawn after a match. */
  readonly regret: boolean;
}

export interface EnrollmentDetail extends EnrollmentSummary {
  readonly notes: string | null;
  readonly contacts: readonly EmergencyContact[];
  /** Oldest first. */
  readonly timeline: readonly StatusChange[];
  readonly samples: readonly Sample[];
  readonly typings: readonly HlaTyping[];
  /** The first day sampling may be scheduled, while a cooling-off period applies. */
  readonly coolingOffUntil: string | null;
  /** Steps the registry will accept now (withdrawal aside, which is always open until withdrawn). */
  readonly nextSteps: readonly PipelineStatus[];
}

/** A status, or 悔捐 (withdrawn after a match). */
export const ENROLLMENT_FILTERS = [...ENROLLMENT_STATUSES, 'regret'] as const;
export type EnrollmentFilter = (typeof ENROLLMENT_FILTERS)[number];

export interface EnrollmentPage {
  readonly rows: readonly EnrollmentSummary[];
  readonly total: number;
  /** Volunteers per status, for the filter tabs. */
  readonly counts: Readonly<Record<EnrollmentFilter, number>>;
}

export const EnrollmentListInput = z
  .object({
    status: z.enum(ENROLLMENT_FILTERS).optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();

export const stemcellMethods = {
  'stemcell.list': method<EnrollmentPage>()(EnrollmentListInput),
  /** The enrollment of a person, or null when they have not joined. */
  'stemcell.get': method<EnrollmentDetail | null>()(z.object({ personId: z.number().int().positive() }).strict()),
  'stemcell.enroll': method<EnrollmentDetail>()(EnrollInput),
  'stemcell.update': method<EnrollmentDetail>()(EnrollmentUpdateInput),
  'stemcell.changeStatus': method<EnrollmentDetail>()(StatusChangeInput),
  'stemcell.addSample': method<EnrollmentDetail>()(SampleInput),
  'stemcell.addTyping': method<EnrollmentDetail>()(TypingInput),
} as const;
