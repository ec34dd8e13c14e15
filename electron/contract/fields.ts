// Field schemas the programs' contracts share, so a name, a contact phone or a note is
// normalised and worded the same way wherever staff type it. `label` names the field in
// the Chinese message.
import { z } from 'zod';
import { normaliseLine, normaliseLines, normaliseName, parsePhone } from './validation';

/** A person's name (a contact, a witness, an executor): required, at most 50 characters. */
export const personName = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .transform(normaliseName)
    .pipe(z.string().min(1, `请填写${label}`).max(50, `${label}不能超过50个字`));

/** A mobile or a landline with its area code. */
export const contactPhone = (label: string) =>
  z.string({ error: `请填写${label}` }).transform((raw, ctx) => {
    const parsed = parsePhone(raw);
    if (parsed === null) ctx.addIssue({ code: 'custom', message: `${label}不正确（手机号码，或带区号的固定电话）`, params: { code: 'CONTACT_PHONE' } });
    return parsed ?? raw;
  });

/** One required line of text. */
export const requiredLine = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .transform(normaliseLine)
    .pipe(z.string().min(1, `请填写${label}`).max(max, `${label}不能超过${max}个字`));

/** Optional text over several lines (notes); blank becomes absent. */
export const optionalNotes = (label: string, max: number) =>
  z
    .string({ error: `${label}应为文字` })
    .transform(normaliseLines)
    .pipe(z.string().max(max, `${label}不能超过${max}个字`))
    .transform((s) => (s === '' ? undefined : s))
    .optional();
