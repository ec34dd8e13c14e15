// Blood donation as the API accepts and returns it: donations (and deferred visits), donors with
// their eligibility and honours, drives with their partner units and totals.
import { z } from 'zod';
import { method } from './spec';
import { normaliseDocumentNumber, normaliseLine } from './validation';
import { isCalendarDate, pastDate } from './validation/calendar';

export const DONATION_KINDS = ['whole_blood', 'platelets'] as const;
export type DonationKind = (typeof DONATION_KINDS)[number];

export const DONATION_OUTCOMES = ['donated', 'deferred'] as const;
export type DonationOutcome = (typeof DONATION_OUTCOMES)[number];

/** Why a donor was turned away at the screening; 'other' needs a note. */
export const DEFERRAL_REASONS = ['blood_pressure', 'haemoglobin', 'weight', 'pulse', 'medication', 'cold_fever', 'other'] as const;
export type DeferralReason = (typeof DEFERRAL_REASONS)[number];

/** The office's own words for the reasons; exports and the Chinese catalogue use these. */
export const DEFERRAL_REASON_LABELS: Readonly<Record<DeferralReason, string>> = {
  blood_pressure: '血压不合格',
  haemoglobin: '血红蛋白偏低',
  weight: '体重不足',
  pulse: '脉搏异常',
  medication: '近期服药',
  cold_fever: '感冒发热',
  other: '其他',
};

/** The rules a donation can break; each break names the date it would have been allowed. */
export const ELIGIBILITY_RULES = [
  'age.unknown',
  'age.min',
  'age.max',
  'interval.wholeToWhole',
  'interval.wholeToPlatelets',
  'interval.plateletsToWhole',
  'interval.plateletsToPlatelets',
  'platelets.perYear',
] as const;
export type EligibilityRule = (typeof ELIGIBILITY_RULES)[number];

export interface RuleBreak {
  readonly rule: EligibilityRule;
  /** The first date the rule allows; null when it never will (too old) or cannot tell. */
  readonly allowedFrom: string | null;
  /** The other donation the interval is counted from (or to, for a later one). */
  readonly otherDate: string | null;
  /** The rule's number: days of the interval, the age limit, donations per year. */
  readonly limit: number | null;
}

export interface KindEligibility {
  readonly eligible: boolean;
  /** The first date from today the donor may give; null when never. */
  readonly nextDate: string | null;
  /** Why not today (empty when eligible). */
  readonly reasons: readonly RuleBreak[];
}

export interface Eligibility {
  readonly onDate: string;
  readonly wholeBlood: KindEligibility;
  readonly platelets: KindEligibility & {
    /** Earlier than nextDate when a physician approves the shorter platelet interval. */
    readonly nextDateWithApproval: string | null;
  };
}

export const HONOURS = ['provincial', 'bronze', 'silver', 'gold', 'lifetime'] as const;
export type Honour = (typeof HONOURS)[number];

export interface HonourStanding {
  /** Donations counted as the honours count them (200 ml of whole blood = 1, 1 unit = 1). */
  readonly counts: number;
  readonly reached: readonly Honour[];
  readonly next: { readonly honour: Honour; readonly threshold: number; readonly remaining: number } | null;
}

export interface Donation {
  readonly id: number;
  readonly personId: number;
  readonly personName: string;
  readonly date: string;
  readonly kind: DonationKind;
  readonly outcome: DonationOutcome;
  readonly volumeMl: number | null;
  readonly units: number | null;
  readonly deferralReason: DeferralReason | null;
  readonly deferralNote: string | null;
  readonly driveId: number | null;
  readonly driveSite: string | null;
  readonly certificateNo: string | null;
  readonly adverseReaction: boolean;
  readonly physicianApproved: boolean;
  readonly overrideReason: string | null;
  readonly createdAt: string;
  readonly createdBy: string;
}

export interface DonationsPage {
  readonly rows: readonly Donation[];
  readonly total: number;
}

export type RecordDonationResult =
  | { readonly status: 'saved'; readonly donation: Donation; readonly overridden: readonly RuleBreak[] }
  /** Nothing was saved: the donation breaks these rules and no override reason was given. */
  | { readonly status: 'needsOverride'; readonly violations: readonly RuleBreak[] };

/** One donor's standing: what the person record and the donation form show. */
export interface DonorRecord {
  readonly personId: number;
  readonly donations: number;
  readonly deferrals: number;
  readonly wholeBloodMl: number;
  readonly plateletUnits: number;
  readonly firstDate: string | null;
  readonly lastDonation: Donation | null;
  readonly eligibility: Eligibility;
  readonly honours: HonourStanding;
}

export interface DonorRow {
  readonly personId: number;
  readonly name: string;
  readonly sex: 'M' | 'F' | null;
  readonly birthDate: string | null;
  readonly donations: number;
  readonly wholeBloodMl: number;
  readonly plateletUnits: number;
  readonly lastDate: string;
  readonly eligibility: Eligibility;
  readonly highestHonour: Honour | null;
}

export interface DonorsPage {
  readonly rows: readonly DonorRow[];
  readonly total: number;
}

export interface PartnerUnit {
  readonly id: number;
  readonly name: string;
  readonly drives: number;
}

/** Computed from the donations every time; never stored. */
export interface DriveTotals {
  /** People who came: donated + deferred. */
  readonly came: number;
  readonly deferred: number;
  readonly donated: number;
  readonly wholeBloodMl: number;
  readonly plateletUnits: number;
}

export interface Drive {
  readonly id: number;
  readonly date: string;
  readonly site: string;
  readonly organiser: string | null;
  readonly notes: string | null;
  readonly partnerUnits: readonly { readonly id: number; readonly name: string }[];
  readonly totals: DriveTotals;
  /** The office's record: the largest volume of whole blood at one drive. */
  readonly isRecord: boolean;
}

export interface DrivesPage {
  readonly rows: readonly Drive[];
  readonly total: number;
}

const id = z.number().int().positive();

const isoDate = z.string().refine(isCalendarDate, '日期应为有效日期（YYYY-MM-DD）');

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `不能超过 ${max} 个字`)
    .transform((s) => (s === '' ? undefined : s))
    .optional();

export const DonationInput = z
  .object({
    personId: id,
    date: pastDate('献血日期'),
    kind: z.enum(DONATION_KINDS),
    outcome: z.enum(DONATION_OUTCOMES).default('donated'),
    volumeMl: z.number().int().positive().optional(),
    units: z.number().positive().multipleOf(0.5, '治疗量应为 0.5 的整数倍').optional(),
    deferralReason: z.enum(DEFERRAL_REASONS).optional(),
    deferralNote: optionalText(200),
    driveId: id.optional(),
    certificateNo: optionalText(40).transform((s) => (s === undefined ? undefined : normaliseDocumentNumber(s))),
    adverseReaction: z.boolean().default(false),
    physicianApproved: z.boolean().default(false),
    overrideReason: optionalText(500),
  })
  .strict()
  .superRefine((d, ctx) => {
    const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (d.outcome === 'deferred') {
      if (d.deferralReason === undefined) problem('deferralReason', '请选择暂缓献血的原因');
      if (d.deferralReason === 'other' && d.deferralNote === undefined) problem('deferralNote', '原因为“其他”时请说明');
      if (d.volumeMl !== undefined || d.units !== undefined) problem('outcome', '暂缓献血的记录不填写献血量');
      if (d.certificateNo !== undefined) problem('certificateNo', '暂缓献血没有献血证');
      return;
    }
    if (d.deferralReason !== undefined) problem('deferralReason', '已献血的记录不填写暂缓原因');
    if (d.kind === 'whole_blood' && d.volumeMl === undefined) problem('volumeMl', '请选择献血量');
    if (d.kind === 'whole_blood' && d.units !== undefined) problem('units', '全血不填写治疗量');
    if (d.kind === 'platelets' && d.units === undefined) problem('units', '请填写治疗量');
    if (d.kind === 'platelets' && d.volumeMl !== undefined) problem('volumeMl', '单采血小板按治疗量登记，不填写毫升数');
  });
export type DonationInput = z.input<typeof DonationInput>;
export type ValidDonation = z.output<typeof DonationInput>;

const paging = { offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(200).default(50) };

export const DonationsListInput = z
  .object({
    personId: id.optional(),
    driveId: id.optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    kind: z.enum(DONATION_KINDS).optional(),
    outcome: z.enum(DONATION_OUTCOMES).optional(),
    ...paging,
  })
  .strict();

export const DonorsListInput = z
  .object({
    /** Only donors who may give this kind today. */
    eligibleFor: z.enum(DONATION_KINDS).optional(),
    /** Last donation on or after / on or before. */
    lastFrom: isoDate.optional(),
    lastTo: isoDate.optional(),
    ...paging,
  })
  .strict();

export const DonationDeleteInput = z.object({ id, reason: z.string().trim().min(1, '请说明删除原因').max(200) }).strict();

export const DriveInput = z
  .object({
    id: id.optional(),
    date: isoDate,
    site: z.string().transform(normaliseLine).pipe(z.string().min(1, '请填写活动地点').max(200, '活动地点过长')),
    organiser: optionalText(100),
    notes: optionalText(2000),
    /** Names; a name not yet in the list of partner units is added to it. */
    partnerUnits: z
      .array(z.string().transform(normaliseLine).pipe(z.string().min(1, '共建单位名称不能为空').max(100, '共建单位名称过长')))
      .max(30, '共建单位最多 30 个')
      .default([]),
  })
  .strict();
export type DriveInput = z.input<typeof DriveInput>;
export type ValidDrive = z.output<typeof DriveInput>;

export const DrivesListInput = z
  .object({
    sort: z.enum(['volume', 'date']).default('volume'),
    ...paging,
  })
  .strict();

export const bloodMethods = {
  'blood.recordDonation': method<RecordDonationResult>()(DonationInput),
  'blood.deleteDonation': method<{ deleted: true }>()(DonationDeleteInput),
  'blood.listDonations': method<DonationsPage>()(DonationsListInput),
  'blood.donor': method<DonorRecord>()(z.object({ personId: id }).strict()),
  'blood.listDonors': method<DonorsPage>()(DonorsListInput),
  'blood.saveDrive': method<Drive>()(DriveInput),
  'blood.getDrive': method<Drive>()(z.object({ id }).strict()),
  'blood.listDrives': method<DrivesPage>()(DrivesListInput),
  'blood.listPartnerUnits': method<readonly PartnerUnit[]>()(z.object({}).strict().default({})),
} as const;
