// The one validator of a person: forms, the API and imports all parse through PersonInput.
// Each field is normalised (full-width characters, spaces, variant spellings) and every problem
// is a Chinese message naming the field; our own rules also carry a code (and the values the
// message names) so the renderer can show them in the current language.
import { z } from 'zod';
import { optionalNotes } from './fields';
import {
  ABO_GROUPS,
  RH_FACTORS,
  isPlausibleBirthDate,
  normaliseDocumentNumber,
  normaliseLine,
  normaliseName,
  parseAbo,
  parseEthnicity,
  parseMobile,
  parsePhone,
  parseResidentId,
  parseRh,
  type Sex,
} from './validation';

export const SEXES = ['M', 'F'] as const satisfies readonly Sex[];

/** Document types; the two that follow GB 11643 share its checksum. */
export const DOC_TYPES = ['resident_id', 'hmt_permit', 'foreign_pr', 'passport'] as const;
export type DocType = (typeof DOC_TYPES)[number];

export const followsResidentIdScheme = (docType: DocType): boolean => docType === 'resident_id' || docType === 'hmt_permit';

export const MAX_PHONES = 10;
export const MAX_CONTACTS = 10;

const ID_PROBLEM_MESSAGES = {
  ID_FORMAT: '身份证号码格式不正确，应为18位（或旧版15位）',
  ID_CHECKSUM: '身份证号码校验位错误',
  ID_BIRTHDATE: '身份证号码中的出生日期无效',
} as const;

type Ctx = z.core.$RefinementCtx;
const issue = (ctx: Ctx, message: string, code: string, values: Record<string, string | number> = {}) =>
  ctx.addIssue({ code: 'custom', message, params: { code, ...values } });

/** A line of text, normalised; blank means "not given". */
const line = (label: string, max: number) =>
  z
    .string({ error: `${label}应为文字` })
    .transform(normaliseLine)
    .pipe(z.string().max(max, `${label}不能超过${max}个字`))
    .transform((s) => (s === '' ? undefined : s))
    .optional();

/** A value that `parse` turns into its stored form, or a coded issue naming the field. */
const parsed = <T>(parse: (raw: string) => T | null, message: string, code: string) =>
  z
    .string({ error: message })
    .transform((raw, ctx): T | undefined => {
      if (raw.trim() === '') return undefined;
      const value = parse(raw);
      if (value === null) issue(ctx, message, code);
      return value ?? undefined;
    })
    .optional();

const PHONE_MESSAGE = '应为11位手机号码，或带区号的固定电话（如 0754-88123456）';

const PersonPhoneInput = z
  .object({
    phone: z.string({ error: `其他电话${PHONE_MESSAGE}` }).transform((raw, ctx) => {
      const phone = parsePhone(raw);
      if (phone === null) issue(ctx, `其他电话${PHONE_MESSAGE}`, 'PHONE_OR_LANDLINE');
      return phone ?? raw;
    }),
    label: line('电话说明', 20),
  })
  .strict();

const PersonContactInput = z
  .object({
    name: z
      .string({ error: '请填写紧急联系人姓名' })
      .transform(normaliseName)
      .pipe(z.string().min(1, '请填写紧急联系人姓名').max(50, '紧急联系人姓名不能超过50个字')),
    relation: line('与本人关系', 20),
    phone: z.string({ error: '请填写紧急联系人电话' }).transform((raw, ctx) => {
      if (raw.trim() === '') {
        issue(ctx, '请填写紧急联系人电话', 'CONTACT_PHONE_REQUIRED');
        return raw;
      }
      const phone = parsePhone(raw);
      if (phone === null) issue(ctx, `紧急联系人电话${PHONE_MESSAGE}`, 'PHONE_OR_LANDLINE');
      return phone ?? raw;
    }),
  })
  .strict();

const isoDate = z
  .string({ error: '出生日期格式应为 YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, '出生日期格式应为 YYYY-MM-DD')
  .refine((s) => isPlausibleBirthDate(s.replaceAll('-', '')), '出生日期无效（不能晚于今天或早于1900年）');

/**
 * The fields of a person, each checked and normalised on its own. No defaults here: in a
 * change (PersonUpdateInput) a field left out must stay as it is, not become its default.
 */
export const personFields = {
  name: z
    .string({ error: '请填写姓名' })
    .transform(normaliseName)
    .pipe(z.string().min(1, '请填写姓名').max(50, '姓名不能超过50个字')),
  sex: z.enum(SEXES, { error: '性别应为男（M）或女（F）' }).optional(),
  birthDate: isoDate.optional(),
  ethnicity: parsed(parseEthnicity, '民族不正确，请从56个民族中选择', 'ETHNICITY'),
  docType: z.enum(DOC_TYPES, { error: '证件类型不正确' }).optional(),
  docNumber: z
    .string({ error: '证件号码应为文字' })
    .transform(normaliseDocumentNumber)
    .pipe(z.string().max(40, '证件号码不能超过40个字符'))
    .transform((s) => (s === '' ? undefined : s))
    .optional(),
  mobile: parsed(parseMobile, '手机号码不正确', 'PHONE_FORMAT'),
  phones: z.array(PersonPhoneInput, { error: '其他电话格式不正确' }).max(MAX_PHONES, `其他电话最多${MAX_PHONES}个`).optional(),
  address: line('住址', 200),
  employer: line('工作单位', 100),
  occupation: line('职业', 50),
  bloodAbo: parsed(parseAbo, `ABO血型应为 ${ABO_GROUPS.join('、')} 之一`, 'BLOOD_ABO'),
  bloodRh: parsed(parseRh, `Rh血型应为阳性（${RH_FACTORS[0]}）或阴性（${RH_FACTORS[1]}）`, 'BLOOD_RH'),
  contacts: z.array(PersonContactInput, { error: '紧急联系人格式不正确' }).max(MAX_CONTACTS, `紧急联系人最多${MAX_CONTACTS}位`).optional(),
  notes: optionalNotes('备注', 2000),
};

type Fields = z.output<z.ZodObject<typeof personFields>>;

/**
 * Defaults, then the checks across fields: the ID number against sex and birth date; no
 * number listed twice.
 */
function crossCheck(person: Fields, ctx: Ctx) {
  const out = { ...person, docType: person.docType ?? 'resident_id', phones: person.phones ?? [], contacts: person.contacts ?? [] };
  const seen = new Set(out.mobile === undefined ? [] : [out.mobile]);
  out.phones.forEach(({ phone }, i) => {
    if (seen.has(phone)) ctx.addIssue({ code: 'custom', path: ['phones', i, 'phone'], message: '其他电话与已填写的号码重复', params: { code: 'PHONE_REPEATED' } });
    seen.add(phone);
  });
  if (out.docNumber === undefined || !followsResidentIdScheme(out.docType)) return out;
  const id = parseResidentId(out.docNumber);
  if (!id.ok) {
    ctx.addIssue({ code: 'custom', path: ['docNumber'], message: ID_PROBLEM_MESSAGES[id.problem], params: { code: id.problem } });
    return out;
  }
  out.docNumber = id.value;
  if (out.birthDate !== undefined && out.birthDate !== id.birthDate) {
    ctx.addIssue({ code: 'custom', path: ['birthDate'], message: `出生日期与身份证号码不符（号码中为 ${id.birthDate}）`, params: { code: 'ID_MISMATCH', expected: id.birthDate } });
  }
  if (out.sex !== undefined && out.sex !== id.sex) {
    ctx.addIssue({ code: 'custom', path: ['sex'], message: `性别与身份证号码不符（号码中为${id.sex === 'M' ? '男' : '女'}）`, params: { code: 'ID_MISMATCH', expected: id.sex } });
  }
  out.birthDate = id.birthDate;
  out.sex = id.sex;
  return out;
}

export const PersonInput = z.object(personFields).strict().transform(crossCheck);
export type PersonInput = z.input<typeof PersonInput>;
export type ValidPerson = z.output<typeof PersonInput>;

/**
 * A change to a registered person: the fields given are replaced (null clears one), the rest
 * stay. Each field is checked here; the whole changed person is checked again by the registry
 * against PersonInput, so the cross-field rules hold after every change.
 */
export const PersonUpdateInput = z
  .object({
    id: z.number().int().positive(),
    ...Object.fromEntries(Object.entries(personFields).map(([key, schema]) => [key, schema.nullable().optional()])),
  } as { id: z.ZodNumber } & { [K in keyof typeof personFields]: z.ZodOptional<z.ZodNullable<(typeof personFields)[K]>> })
  .strict();
export type PersonUpdateInput = z.input<typeof PersonUpdateInput>;
export type PersonPatch = z.output<typeof PersonUpdateInput>;
