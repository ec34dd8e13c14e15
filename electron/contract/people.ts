// Person records as the API accepts and returns them. The schemas are the one place where a
// person is validated: forms, imports and handlers all parse through them.
import { z } from 'zod';
import { normaliseDocumentNumber, parseMobile, parseResidentId, isPlausibleBirthDate } from './validation';
import type { Sex } from './validation';
import { method } from './spec';

export const SEXES = ['M', 'F'] as const satisfies readonly Sex[];

/** Document types; the two that follow GB 11643 share its checksum. */
export const DOC_TYPES = ['resident_id', 'hmt_permit', 'foreign_pr', 'passport'] as const;
export type DocType = (typeof DOC_TYPES)[number];

const ID_PROBLEM_MESSAGES = {
  ID_FORMAT: '身份证号码格式不正确，应为18位（或旧版15位）',
  ID_CHECKSUM: '身份证号码校验位错误',
  ID_BIRTHDATE: '身份证号码中的出生日期无效',
} as const;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((s) => (s === '' ? undefined : s))
    .optional();

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((s) => isPlausibleBirthDate(s.replaceAll('-', '')), '日期无效');

export const PersonInput = z
  .object({
    name: z.string().trim().min(1, '请填写姓名').max(50, '姓名过长'),
    sex: z.enum(SEXES).optional(),
    birthDate: isoDate.optional(),
    docType: z.enum(DOC_TYPES).default('resident_id'),
    docNumber: optionalText(40),
    mobile: optionalText(30),
    address: optionalText(200),
    notes: optionalText(2000),
  })
  .strict()
  .transform((person, ctx) => {
    const out = { ...person };
    if (out.mobile !== undefined) {
      const mobile = parseMobile(out.mobile);
      if (mobile === null) {
        ctx.addIssue({ code: 'custom', path: ['mobile'], message: '手机号码不正确', params: { code: 'PHONE_FORMAT' } });
      } else out.mobile = mobile;
    }
    if (out.docNumber === undefined) return out;
    if (out.docType !== 'resident_id' && out.docType !== 'hmt_permit') {
      out.docNumber = normaliseDocumentNumber(out.docNumber);
      return out;
    }
    const id = parseResidentId(out.docNumber);
    if (!id.ok) {
      ctx.addIssue({ code: 'custom', path: ['docNumber'], message: ID_PROBLEM_MESSAGES[id.problem], params: { code: id.problem } });
      return out;
    }
    out.docNumber = id.value;
    if (out.birthDate !== undefined && out.birthDate !== id.birthDate) {
      ctx.addIssue({ code: 'custom', path: ['birthDate'], message: `出生日期与身份证号码不符（号码中为 ${id.birthDate}）`, params: { code: 'ID_MISMATCH' } });
    }
    if (out.sex !== undefined && out.sex !== id.sex) {
      ctx.addIssue({ code: 'custom', path: ['sex'], message: `性别与身份证号码不符（号码中为${id.sex === 'M' ? '男' : '女'}）`, params: { code: 'ID_MISMATCH' } });
    }
    out.birthDate = id.birthDate;
    out.sex = id.sex;
    return out;
  });
export type PersonInput = z.input<typeof PersonInput>;
export type ValidPerson = z.output<typeof PersonInput>;

/** A row of the people list: what the task needs, sensitive fields masked. */
export interface PersonSummary {
  readonly id: number;
  readonly name: string;
  readonly sex: Sex | null;
  readonly birthDate: string | null;
  readonly docType: DocType;
  readonly docNumberMasked: string | null;
  readonly mobileMasked: string | null;
  readonly createdAt: string;
}

export interface PersonDetail extends PersonSummary {
  readonly mobile: string | null;
  readonly address: string | null;
  readonly notes: string | null;
  readonly updatedAt: string;
}

export interface PeoplePage {
  readonly rows: readonly PersonSummary[];
  readonly total: number;
}

export const PeopleListInput = z
  .object({
    query: z.string().trim().max(100).optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();

export const PersonIdInput = z.object({ id: z.number().int().positive() }).strict();

export const peopleMethods = {
  'people.list': method<PeoplePage>()(PeopleListInput),
  'people.get': method<PersonDetail>()(PersonIdInput),
  'people.create': method<PersonDetail>()(PersonInput),
  'people.revealDocument': method<{ docNumber: string | null }>()(PersonIdInput),
} as const;
