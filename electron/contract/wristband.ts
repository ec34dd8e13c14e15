// The care-wristband program (爱心手环) as the API accepts and returns it: participants (people
// in the registry) with their guardians, the guardian's separate consent (PIPL art. 28), the
// sensitive profile that consent allows, and the bands. Incidents, follow-up and the printed
// roster are in wristbandIncidents.ts; the band code scheme in validation/bandCode.ts.
import { z } from 'zod';
import { method } from './spec';
import { EmptyInput } from './system';
import { contactPhone, optionalNotes, personName, requiredLine } from './fields';
import type { Sex } from './validation';
import { parseBandCode } from './validation/bandCode';
import { pastDate } from './validation/calendar';
import { normaliseLine } from './validation/text';
import {
  FollowUpInput, IncidentFoundInput, IncidentReportInput, IncidentReunitedInput, MissingInput, RosterInput,
  type FollowUpPage, type Incident, type IncidentReport, type OpenIncident, type Roster,
} from './wristbandIncidents';
import {
  BUILDS, CONDITIONS, CONSENT_GIVERS, CONSENT_SCOPES, GUARDIAN_RELATIONS, LEAVE_REASONS, MAX_GUARDIAN_PHONES, MAX_GUARDIANS, MAX_PHOTO_BYTES, PHOTO_TYPES,
  type BandStatus, type Build, type Condition, type ConsentEndReason, type ConsentGiver, type ConsentScope, type GuardianRelation,
  type ParticipantStatus, type PhotoType, type SensitiveField,
} from './wristbandTerms';

export * from './wristbandTerms';

const id = z.number().int().positive();
const optionalLine = (label: string, max: number) =>
  z
    .string({ error: `${label}应为文字` })
    .transform(normaliseLine)
    .pipe(z.string().max(max, `${label}不能超过${max}个字`))
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .default(null);
const optionalPhone = (label: string) => contactPhone(label).nullable().default(null);

/** A band code as typed or scanned, normalised; the message says whether the shape or the check character is wrong. */
export const bandCodeField = z.string({ error: '请填写手环编号' }).transform((raw, ctx) => {
  const parsed = parseBandCode(raw);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.message, params: { code: parsed.reason === 'check' ? 'BAND_CODE_CHECK' : 'BAND_CODE_FORMAT' } });
    return z.NEVER;
  }
  return parsed.code;
});

/** Where the participant lives and who looks out for them there. Nothing here is sensitive. */
export const CommunityInput = z
  .object({
    village: requiredLine('社区/村', 50),
    grid: optionalLine('网格', 50),
    gridWorker: optionalLine('网格员', 50),
    gridWorkerPhone: optionalPhone('网格员电话'),
    policeContact: optionalLine('社区民警', 50),
    policePhone: optionalPhone('社区民警电话'),
  })
  .strict();

export const GuardianInput = z
  .object({
    name: personName('监护人姓名'),
    relation: z.enum(GUARDIAN_RELATIONS, { error: '请选择与本人关系' }),
    phones: z.array(contactPhone('监护人电话')).min(1, '请至少填写一个监护人电话').max(MAX_GUARDIAN_PHONES, `每位监护人最多 ${MAX_GUARDIAN_PHONES} 个电话`),
    isBandContact: z.boolean().default(false),
  })
  .strict();

/** Ordered guardians; exactly one is the band contact (the first when none is marked). */
export const GuardiansInput = z
  .array(GuardianInput)
  .min(1, '请至少登记一位监护人')
  .max(MAX_GUARDIANS, `监护人最多 ${MAX_GUARDIANS} 位`)
  .transform((guardians, ctx) => {
    const marked = guardians.filter((g) => g.isBandContact).length;
    if (marked > 1) ctx.addIssue({ code: 'custom', message: '只能指定一位监护人作为手环联系人', params: { code: 'BAND_CONTACT_ONE' } });
    return marked === 0 ? guardians.map((g, i) => ({ ...g, isBandContact: i === 0 })) : guardians;
  });

export const ConsentInput = z
  .object({
    guardianName: personName('同意人姓名'),
    relation: z.enum(CONSENT_GIVERS, { error: '请选择同意人与本人关系' }),
    givenOn: pastDate('同意日期'),
    scope: z.array(z.enum(CONSENT_SCOPES)).min(1, '请至少勾选一项同意范围').transform((s) => CONSENT_SCOPES.filter((x) => s.includes(x))),
  })
  .strict();

/** The sensitive profile, replaced as a whole; a field left out or null is cleared. */
export const ProfileInput = z
  .object({
    condition: z.enum(CONDITIONS, { error: '请选择病情类别' }).nullable().default(null),
    medicationNotes: optionalLine('用药情况', 500),
    heightCm: z.number({ error: '身高应为数字' }).int('身高应为整数厘米').min(50, '身高应在 50–250 厘米之间').max(250, '身高应在 50–250 厘米之间').nullable().default(null),
    build: z.enum(BUILDS, { error: '请选择体型' }).nullable().default(null),
    distinguishingMarks: optionalLine('体貌特征', 500),
    usualPlaces: optionalLine('常去地点与路线', 1000),
  })
  .strict();

export const WristbandEnrollInput = z
  .object({
    personId: id,
    enrolledOn: pastDate('登记日期'),
    community: CommunityInput,
    guardians: GuardiansInput,
    consent: ConsentInput.optional(),
    profile: ProfileInput.optional(),
    notes: optionalNotes('备注', 2000),
  })
  .strict();
export type WristbandEnrollInput = z.input<typeof WristbandEnrollInput>;

const ParticipantIdInput = z.object({ participantId: id }).strict();
const BandIdInput = z.object({ bandId: id }).strict();

export interface GuardianPhone {
  readonly phone: string;
  /** The last day staff confirmed the number reaches the guardian; null: never. */
  readonly confirmedOn: string | null;
}

export interface Guardian {
  readonly id: number;
  readonly name: string;
  readonly relation: GuardianRelation;
  readonly isBandContact: boolean;
  readonly phones: readonly GuardianPhone[];
}

export interface Consent {
  readonly id: number;
  readonly guardianName: string;
  readonly relation: ConsentGiver;
  readonly givenOn: string;
  readonly scope: readonly ConsentScope[];
  /** When it stopped being in force: withdrawn, superseded by a new consent, or the participant left the program. */
  readonly endedOn: string | null;
  readonly endReason: ConsentEndReason | null;
}

export interface Community {
  readonly village: string;
  readonly grid: string | null;
  readonly gridWorker: string | null;
  readonly gridWorkerPhone: string | null;
  readonly policeContact: string | null;
  readonly policePhone: string | null;
}

export interface BandEvent {
  readonly status: BandStatus;
  readonly on: string;
  readonly note: string | null;
  readonly recordedBy: string;
}

export interface Band {
  readonly id: number;
  readonly code: string;
  readonly status: BandStatus;
  readonly issuedOn: string;
  /** The day the band entered its current status. */
  readonly statusOn: string;
  /** The last day staff saw the band worn and readable (issue day until then). */
  readonly checkedOn: string;
  readonly replacesId: number | null;
  readonly replacedById: number | null;
  /** Oldest first. */
  readonly history: readonly BandEvent[];
}

export interface Photo {
  readonly type: PhotoType;
  readonly base64: string;
}

/** The sensitive profile in the clear: only wristband.reveal returns it, and it is audited. */
export interface SensitiveProfile {
  readonly condition: Condition | null;
  readonly medicationNotes: string | null;
  readonly heightCm: number | null;
  readonly build: Build | null;
  readonly distinguishingMarks: string | null;
  readonly usualPlaces: string | null;
  readonly photo: Photo | null;
}

export interface ParticipantSummary {
  readonly id: number;
  readonly personId: number;
  readonly name: string;
  readonly sex: Sex | null;
  readonly birthDate: string | null;
  readonly status: ParticipantStatus;
  readonly enrolledOn: string;
  readonly village: string;
  readonly grid: string | null;
  /** The band in use (not replaced or retired); null when none. */
  readonly bandCode: string | null;
  readonly bandStatus: BandStatus | null;
  readonly contactPhoneMasked: string | null;
  readonly missing: boolean;
}

export interface ParticipantDetail extends ParticipantSummary {
  readonly docNumberMasked: string | null;
  readonly leftOn: string | null;
  readonly community: Community;
  /** The consent in force; null: none, so no sensitive field is held. */
  readonly consent: Consent | null;
  /** Every consent, newest first. */
  readonly consents: readonly Consent[];
  /** Which sensitive fields hold a value; the values themselves only through wristband.reveal. */
  readonly sensitive: Readonly<Record<SensitiveField, boolean>>;
  /** In order; guardians' phones in full, as staff call them. */
  readonly guardians: readonly Guardian[];
  /** Newest first. */
  readonly bands: readonly Band[];
  readonly notes: string | null;
}

export interface ParticipantPage {
  readonly rows: readonly ParticipantSummary[];
  readonly total: number;
}

/** What a scanned or typed band code finds: who to call first, then the participant. */
export interface BandLookup {
  readonly band: Band;
  /** True when the code is of a band no longer in use (lost, replaced, retired): still the same person. */
  readonly outdated: boolean;
  readonly guardians: readonly Guardian[];
  readonly participant: ParticipantDetail;
}

export interface Place {
  readonly village: string;
  readonly grids: readonly string[];
  readonly participants: number;
}

export const ParticipantListInput = z
  .object({
    status: z.enum(['active', 'left', 'all']).default('active'),
    village: z.string().trim().max(50).optional(),
    grid: z.string().trim().max(50).optional(),
    query: z.string().trim().max(50).optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();

export const wristbandMethods = {
  'wristband.list': method<ParticipantPage>()(ParticipantListInput),
  'wristband.get': method<ParticipantDetail>()(ParticipantIdInput),
  'wristband.forPerson': method<ParticipantDetail | null>()(z.object({ personId: id }).strict()),
  'wristband.places': method<readonly Place[]>()(EmptyInput),
  'wristband.enroll': method<ParticipantDetail>()(WristbandEnrollInput),
  'wristband.update': method<ParticipantDetail>()(z.object({ participantId: id, community: CommunityInput, notes: optionalNotes('备注', 2000) }).strict()),
  'wristband.setGuardians': method<ParticipantDetail>()(z.object({ participantId: id, guardians: GuardiansInput }).strict()),
  'wristband.confirmPhone': method<ParticipantDetail>()(z.object({ guardianId: id, phone: contactPhone('电话'), confirmedOn: pastDate('核实日期') }).strict()),
  'wristband.giveConsent': method<ParticipantDetail>()(z.object({ participantId: id, consent: ConsentInput }).strict()),
  'wristband.withdrawConsent': method<ParticipantDetail>()(z.object({ participantId: id, withdrawnOn: pastDate('撤回日期') }).strict()),
  'wristband.setProfile': method<ParticipantDetail>()(z.object({ participantId: id, profile: ProfileInput }).strict()),
  'wristband.setPhoto': method<ParticipantDetail>()(
    z.object({
      participantId: id,
      type: z.enum(PHOTO_TYPES, { error: '照片应为 JPEG 或 PNG 图片' }),
      base64: z
        .string({ error: '请选择照片' })
        .refine((b) => b.length <= Math.ceil((MAX_PHOTO_BYTES * 4) / 3) + 4, { message: `照片过大，不能超过 ${MAX_PHOTO_BYTES / 1024} KB，请缩小后再上传`, params: { code: 'WRISTBAND_PHOTO_SIZE', max: MAX_PHOTO_BYTES / 1024 } }),
    }).strict(),
  ),
  'wristband.removePhoto': method<ParticipantDetail>()(ParticipantIdInput),
  'wristband.reveal': method<SensitiveProfile>()(ParticipantIdInput),
  'wristband.leave': method<ParticipantDetail>()(z.object({ participantId: id, leftOn: pastDate('退出日期'), reason: z.enum(LEAVE_REASONS, { error: '请选择退出原因' }) }).strict()),
  'wristband.nextBandCode': method<{ readonly code: string }>()(EmptyInput),
  'wristband.issueBand': method<ParticipantDetail>()(z.object({ participantId: id, code: bandCodeField.optional(), issuedOn: pastDate('发放日期') }).strict()),
  'wristband.setBandStatus': method<ParticipantDetail>()(
    z.object({ bandId: id, status: z.enum(['active', 'lost', 'damaged'], { error: '请选择手环状态' }), on: pastDate('日期'), note: optionalNotes('说明', 500) }).strict(),
  ),
  'wristband.replaceBand': method<ParticipantDetail>()(z.object({ bandId: id, code: bandCodeField.optional(), issuedOn: pastDate('补发日期'), note: optionalNotes('说明', 500) }).strict()),
  'wristband.checkBand': method<ParticipantDetail>()(BandIdInput.extend({ checkedOn: pastDate('检查日期') })),
  'wristband.lookup': method<BandLookup>()(z.object({ code: bandCodeField }).strict()),
  'wristband.reportMissing': method<Incident>()(MissingInput),
  'wristband.recordFound': method<Incident>()(IncidentFoundInput),
  'wristband.recordReunited': method<Incident>()(IncidentReunitedInput),
  'wristband.incidents': method<readonly Incident[]>()(ParticipantIdInput),
  'wristband.openIncidents': method<readonly OpenIncident[]>()(EmptyInput),
  'wristband.incidentReport': method<IncidentReport>()(IncidentReportInput),
  'wristband.followUp': method<FollowUpPage>()(FollowUpInput),
  'wristband.roster': method<Roster>()(RosterInput),
} as const;
