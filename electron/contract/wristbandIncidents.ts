// Care wristbands, the work around the register: missing-and-found incidents and their report,
// the follow-up list that drives visits, the roster the print views lay out, and the program's
// settings (hotline, what the QR code carries, what a printed card may show).
import { z } from 'zod';
import { contactPhone, optionalNotes, personName, requiredLine } from './fields';
import { parsePhone } from './validation';
import { isCalendarDate, localToday } from './validation/calendar';
import type { Condition, Photo } from './wristband';

export const IDENTIFICATION_METHODS = ['band_scan', 'band_number', 'police', 'other'] as const;
export type IdentificationMethod = (typeof IDENTIFICATION_METHODS)[number];
export const IDENTIFICATION_LABELS: Readonly<Record<IdentificationMethod, string>> = {
  band_scan: '扫描手环二维码',
  band_number: '报手环编号',
  police: '公安协助',
  other: '其他',
};

const pad = (n: number) => String(n).padStart(2, '0');
/** Now in the computer's time zone, to the minute: incident times are the office's local times. */
export function localNow(now = new Date()): string {
  return `${localToday(now)}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/** A local date and time `YYYY-MM-DDTHH:mm` (a space instead of T is accepted), not in the future. */
export const pastDateTime = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .transform((s) => s.replace(' ', 'T').slice(0, 16))
    .refine((s) => /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/.test(s) && isCalendarDate(s.slice(0, 10)), {
      message: `${label}应为有效的日期和时间（YYYY-MM-DD HH:mm）`,
      abort: true,
    })
    .refine((s) => s <= localNow(), `${label}不能晚于现在`)
    .refine((s) => s >= '1900-01-01', `${label}过早`);

const id = z.number().int().positive();

export const MissingInput = z
  .object({
    participantId: id,
    missingAt: pastDateTime('走失时间'),
    reportedBy: personName('报告人'),
    reporterPhone: contactPhone('报告人电话').nullable().default(null),
    notes: optionalNotes('备注', 2000),
  })
  .strict();

export const IncidentFoundInput = z
  .object({
    incidentId: id,
    foundAt: pastDateTime('找到时间'),
    foundPlace: requiredLine('找到地点', 200),
    foundBy: requiredLine('发现人', 100),
    identifiedBy: z.enum(IDENTIFICATION_METHODS, { error: '请选择身份确认方式' }),
    notes: optionalNotes('备注', 2000),
  })
  .strict();

export const IncidentReunitedInput = z.object({ incidentId: id, reunitedAt: pastDateTime('与家人团聚时间'), notes: optionalNotes('备注', 2000) }).strict();

export interface Incident {
  readonly id: number;
  readonly participantId: number;
  /** The band the participant had in use when reported missing. */
  readonly bandCode: string | null;
  readonly missingAt: string;
  readonly reportedBy: string;
  readonly reporterPhone: string | null;
  readonly foundAt: string | null;
  readonly foundPlace: string | null;
  readonly foundBy: string | null;
  readonly identifiedBy: IdentificationMethod | null;
  readonly reunitedAt: string | null;
  readonly notes: string | null;
  readonly recordedBy: string;
}

/** An incident not yet closed by a reunion, with whom it concerns. */
export interface OpenIncident extends Incident {
  readonly name: string;
  readonly village: string;
}

export const IncidentReportInput = z
  .object({
    from: z.string().refine(isCalendarDate, '开始日期应为有效日期').optional(),
    to: z.string().refine(isCalendarDate, '结束日期应为有效日期').optional(),
  })
  .strict()
  .refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, { message: '开始日期不能晚于结束日期', path: ['to'] })
  .default({});

export interface IncidentMonth {
  /** YYYY-MM of the time reported missing. */
  readonly month: string;
  readonly missing: number;
  readonly reunited: number;
}

/** Incidents whose missing time falls in [from, to] (both days included). */
export interface IncidentReport {
  readonly from: string | null;
  readonly to: string | null;
  readonly total: number;
  readonly open: number;
  readonly byMonth: readonly IncidentMonth[];
  /** Of the reunited incidents, hours from missing to reunited; null when none. */
  readonly medianHoursToReunite: number | null;
  readonly reunited: number;
  /** Of the found incidents, how the person was identified. */
  readonly identifiedBy: Readonly<Record<IdentificationMethod, number>>;
}

export const FollowUpInput = z
  .object({ offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) })
  .strict()
  .default({ offset: 0, limit: 100 });

export type FollowUpReason = 'band' | 'phones';

export interface FollowUpRow {
  readonly participantId: number;
  readonly name: string;
  readonly village: string;
  readonly grid: string | null;
  readonly bandId: number | null;
  readonly bandCode: string | null;
  /** The band's last check (its issue day until checked); null when the participant has no band in use. */
  readonly bandCheckedOn: string | null;
  /** The oldest confirmation among the guardians' phones; null when one was never confirmed. */
  readonly phonesConfirmedOn: string | null;
  readonly reasons: readonly FollowUpReason[];
}

export interface FollowUpPage {
  readonly months: number;
  /** Anything checked before this day is due. */
  readonly dueBefore: string;
  readonly rows: readonly FollowUpRow[];
  readonly total: number;
}

export const RosterInput = z
  .object({ village: z.string().trim().min(1).max(50).optional(), grid: z.string().trim().min(1).max(50).optional() })
  .strict()
  .default({});

/** One card / roster line, as the privacy settings allow: a field the settings keep back is null. */
export interface RosterCard {
  readonly participantId: number;
  readonly bandCode: string;
  /** The text the QR code encodes (what the setting allows). */
  readonly qrText: string;
  /** The band-contact guardian's phone, or the office hotline when there is none. */
  readonly contactPhone: string | null;
  readonly contactIsHotline: boolean;
  readonly village: string;
  readonly grid: string | null;
  readonly name: string | null;
  readonly idNumber: string | null;
  readonly condition: Condition | null;
  readonly address: string | null;
  readonly photo: Photo | null;
}

export interface Roster {
  readonly hotline: string;
  readonly village: string | null;
  readonly grid: string | null;
  /** The print settings applied, so the view can say what the cards leave out. */
  readonly shows: Readonly<Record<PrintField, boolean>>;
  readonly cards: readonly RosterCard[];
}

/** What the band's QR code carries: never more than the code unless staff choose so. */
export const QR_CONTENTS = ['code', 'code_hotline', 'code_hotline_contact'] as const;
export type QrContent = (typeof QR_CONTENTS)[number];

export const PRINT_FIELDS = ['name', 'idNumber', 'condition', 'address', 'photo'] as const;
export type PrintField = (typeof PRINT_FIELDS)[number];

/** The office hotline: a normalised phone number, or empty until the office sets it. */
const hotline = z.string().transform((raw, ctx) => {
  if (raw.trim() === '') return '';
  const phone = parsePhone(raw);
  if (phone === null) ctx.addIssue({ code: 'custom', message: '服务热线不正确（手机号码，或带区号的固定电话）', params: { code: 'CONTACT_PHONE' } });
  return phone ?? raw;
});

/** Spread into SETTING_SCHEMAS (system.ts). */
export const WRISTBAND_SETTING_SCHEMAS = {
  'wristband.hotline': hotline,
  'wristband.qrContent': z.enum(QR_CONTENTS),
  /** Participants whose band or guardian phones were not checked in this many months are due a visit. */
  'wristband.followUpMonths': z.number().int().min(1, '随访周期至少 1 个月').max(36, '随访周期最多 36 个月'),
  'wristband.print.name': z.boolean(),
  'wristband.print.idNumber': z.boolean(),
  'wristband.print.condition': z.boolean(),
  'wristband.print.address': z.boolean(),
  'wristband.print.photo': z.boolean(),
} as const;

/**
 * Defaults: the card shows the band code, the plea and a phone; nothing else leaves the
 * registry until staff switch each item on (PIPL: the minimum needed to bring someone home).
 */
export const WRISTBAND_SETTING_DEFAULTS = {
  'wristband.hotline': '',
  'wristband.qrContent': 'code_hotline',
  'wristband.followUpMonths': 6,
  'wristband.print.name': false,
  'wristband.print.idNumber': false,
  'wristband.print.condition': false,
  'wristband.print.address': false,
  'wristband.print.photo': false,
} as const satisfies { [K in keyof typeof WRISTBAND_SETTING_SCHEMAS]: z.output<(typeof WRISTBAND_SETTING_SCHEMAS)[K]> };
