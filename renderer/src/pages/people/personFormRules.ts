// Field rules for the person form, built on the same parsers the registry validates with, so
// a number the form accepts is one the registry accepts too.
import type { FormRule } from 'antd';
import type { Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import { followsResidentIdScheme, type DocType } from '../../../../electron/contract/people';
import { parseMobile, parsePhone, parseResidentId, type AboGroup, type ResidentIdResult, type RhFactor } from '../../../../electron/contract/validation';

export { followsResidentIdScheme };

export interface PersonFormValues {
  name: string;
  docType: DocType;
  docNumber?: string;
  sex?: 'M' | 'F';
  birthDate?: Dayjs | null;
  ethnicity?: string | null;
  mobile?: string;
  phones?: { phone?: string; label?: string }[];
  address?: string;
  employer?: string;
  occupation?: string;
  bloodAbo?: AboGroup | null;
  bloodRh?: RhFactor | null;
  contacts?: { name?: string; relation?: string; phone?: string }[];
  notes?: string;
}

/** The parsed ID when the document type uses the scheme and a number is filled in. */
export function residentIdOf(values: Pick<PersonFormValues, 'docType' | 'docNumber'>): ResidentIdResult | null {
  const number = values.docNumber?.trim();
  return number && followsResidentIdScheme(values.docType) ? parseResidentId(number) : null;
}

// While a number is still being typed only a complete one is judged; leaving the field
// judges whatever is there. Saving runs both; the form item's validateFirst keeps it to one message.
const isComplete = (raw: string, length: number) => raw.normalize('NFKC').replace(/[\s\-()+]/g, '').length >= length;

export function docNumberRules(t: TFunction, docType: DocType): FormRule[] {
  const check = (whenComplete: boolean) => async (_: unknown, raw: string | undefined) => {
    if (!raw?.trim() || !followsResidentIdScheme(docType)) return;
    if (whenComplete && !isComplete(raw, 18)) return;
    const id = parseResidentId(raw);
    if (!id.ok) throw new Error(t(`validation.${id.problem}`));
  };
  return [
    { max: 40, message: t('validation.tooLong') },
    { validateTrigger: 'onChange', validator: check(true) },
    { validateTrigger: 'onBlur', validator: check(false) },
  ];
}

export function mobileRules(t: TFunction): FormRule[] {
  const check = (whenComplete: boolean) => async (_: unknown, raw: string | undefined) => {
    if (!raw?.trim()) return;
    if (whenComplete && !isComplete(raw, 11)) return;
    if (parseMobile(raw) === null) throw new Error(t('validation.PHONE_FORMAT'));
  };
  return [
    { validateTrigger: 'onChange', validator: check(true) },
    { validateTrigger: 'onBlur', validator: check(false) },
  ];
}

/** Other phones and emergency contacts: a mobile, or a landline with its area code. */
export function phoneRules(t: TFunction, required: boolean): FormRule[] {
  const check = (whenComplete: boolean) => async (_: unknown, raw: string | undefined) => {
    if (!raw?.trim()) {
      if (required && !whenComplete) throw new Error(t('validation.CONTACT_PHONE_REQUIRED'));
      return;
    }
    if (whenComplete && !isComplete(raw, 11)) return;
    if (parsePhone(raw) === null) throw new Error(t('validation.PHONE_OR_LANDLINE'));
  };
  return [
    { validateTrigger: 'onChange', validator: check(true) },
    { validateTrigger: 'onBlur', validator: check(false) },
  ];
}

/** Sex and birth date may be typed by hand, but must then agree with the ID number. */
export function matchesIdRule(t: TFunction, field: 'sex' | 'birthDate'): FormRule {
  return ({ getFieldsValue }) => ({
    async validator(_: unknown, value: PersonFormValues['sex'] | Dayjs | null | undefined) {
      const id = residentIdOf(getFieldsValue(['docType', 'docNumber']) as PersonFormValues);
      if (!id?.ok || value === undefined || value === null) return;
      if (field === 'sex' && value !== id.sex) throw new Error(t('validation.sexMismatch', { sex: t(`sex.${id.sex}`) }));
      if (field === 'birthDate' && typeof value === 'object' && value.format('YYYY-MM-DD') !== id.birthDate) {
        throw new Error(t('validation.birthDateMismatch', { date: id.birthDate }));
      }
    },
  });
}
