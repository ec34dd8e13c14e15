// The rules the person validator adds: phones and landlines, ethnicity, blood group, names and
// text as people type them, emergency contacts — each with a Chinese message naming the field
// and a code the renderer can translate.
import { describe, expect, it } from 'vitest';
import { PersonInput } from '../../electron/contract/people';
import {
  ETHNICITIES,
  maskPhone,
  normaliseLine,
  normaliseLines,
  normaliseName,
  parseAbo,
  parseEthnicity,
  parseLandline,
  parsePhone,
  parseRh,
} from '../../electron/contract/validation';
import { WANG_FANG_ID } from './peopleSetup';

/** path → [code, message] of every issue, for an input that must fail. */
function issuesOf(input: unknown): [string, string | undefined, string][] {
  const result = PersonInput.safeParse(input);
  if (result.success) throw new Error(`accepted: ${JSON.stringify(result.data)}`);
  return result.error.issues.map((i) => [i.path.join('.'), i.code === 'custom' ? (i.params?.code as string) : undefined, i.message]);
}

describe('landlines and other phones', () => {
  it('accepts a landline with its area code in the ways people write it, normalised with a dash', () => {
    expect(parseLandline('0754-88123456')).toBe('0754-88123456');
    expect(parseLandline('(0754) 8812 3456')).toBe('0754-88123456');
    expect(parseLandline('０７５４－８８１２３４５６')).toBe('0754-88123456');
    expect(parseLandline('+86 754 88123456')).toBe('0754-88123456');
    expect(parseLandline('01062345678')).toBe('010-62345678');
    expect(parseLandline('020-8123456')).toBe('020-8123456');
  });

  it('refuses a landline without an area code, too short or too long, or with a local number starting 0 or 1', () => {
    expect(parseLandline('88123456')).toBeNull();
    expect(parseLandline('0754-123456')).toBeNull();
    expect(parseLandline('0754-881234567')).toBeNull();
    expect(parseLandline('0754-08123456')).toBeNull();
    expect(parseLandline('0754-18123456')).toBeNull();
  });

  it('takes a mobile or a landline as a phone, and masks either keeping the last four digits', () => {
    expect(parsePhone('138 0013 8000')).toBe('13800138000');
    expect(parsePhone('0754-88123456')).toBe('0754-88123456');
    expect(parsePhone('12345')).toBeNull();
    expect(maskPhone('13800138000')).toBe('138****8000');
    expect(maskPhone('0754-88123456')).toBe('0754-****3456');
    expect(maskPhone('010-6234567')).toBe('010-***4567');
  });
});

describe('ethnicity (GB 3304-1991)', () => {
  it('lists the 56 民族 with codes 01–56 in the standard’s order', () => {
    expect(ETHNICITIES).toHaveLength(56);
    expect(ETHNICITIES[0]).toEqual({ code: '01', name: '汉族', romanized: 'Han' });
    expect(ETHNICITIES[9]).toMatchObject({ code: '10', name: '朝鲜族' });
    expect(ETHNICITIES[55]).toEqual({ code: '56', name: '基诺族', romanized: 'Jino' });
    expect(new Set(ETHNICITIES.map((e) => e.name)).size).toBe(56);
  });

  it('reads the code, the name with or without 族, or the romanised name', () => {
    expect(parseEthnicity('01')).toBe('01');
    expect(parseEthnicity('8')).toBe('08');
    expect(parseEthnicity('壮族')).toBe('08');
    expect(parseEthnicity('壮')).toBe('08');
    expect(parseEthnicity('土')).toBe('30');
    expect(parseEthnicity('土家')).toBe('15');
    expect(parseEthnicity(' uygur ')).toBe('05');
    expect(parseEthnicity('57')).toBeNull();
    expect(parseEthnicity('火星族')).toBeNull();
  });
});

describe('blood group', () => {
  it('reads ABO however it is written', () => {
    expect(parseAbo('a')).toBe('A');
    expect(parseAbo('ＡＢ型')).toBe('AB');
    expect(parseAbo(' o ')).toBe('O');
    expect(parseAbo('C')).toBeNull();
  });

  it('reads Rh as + or -, from signs, full-width signs, the minus sign and 阳性/阴性', () => {
    for (const positive of ['+', '＋', 'Rh+', '阳性', 'RH阳性', '阳']) expect(parseRh(positive), positive).toBe('+');
    for (const negative of ['-', '－', '−', 'Rh−', '阴性', '阴']) expect(parseRh(negative), negative).toBe('-');
    expect(parseRh('?')).toBeNull();
  });
});

describe('names and text', () => {
  it('removes the spaces between Chinese characters and unifies the middle dot, keeping Latin spaces', () => {
    expect(normaliseName('王　 芳')).toBe('王芳');
    expect(normaliseName('阿依古丽・买买提')).toBe('阿依古丽·买买提');
    expect(normaliseName('阿依古丽 • 买买提')).toBe('阿依古丽·买买提');
    expect(normaliseName('  John   Smith ')).toBe('John Smith');
    expect(normaliseName('ＪＯＨＮ')).toBe('JOHN');
  });

  it('turns full-width letters, digits and spaces in a line into ordinary ones, keeping Chinese punctuation', () => {
    expect(normaliseLine('汕头市龙湖区　金砂路１２３号，３楼')).toBe('汕头市龙湖区 金砂路123号，3楼');
  });

  it('keeps the lines of notes, trimming each and the whole', () => {
    expect(normaliseLines('\n　第一行　\r\n  第二行 \n\n')).toBe('第一行\n第二行');
  });
});

describe('PersonInput', () => {
  it('normalises every new field and keeps the lists in order', () => {
    const person = PersonInput.parse({
      name: '王　芳',
      docNumber: WANG_FANG_ID,
      ethnicity: '汉',
      bloodAbo: 'ab',
      bloodRh: '阴性',
      employer: ' 汕头市第一中学 ',
      phones: [{ phone: '(0754) 8812 3456', label: '家' }],
      contacts: [
        { name: '王建国', relation: '父亲', phone: '138 0013 8000' },
        { name: '李梅', phone: '0754-88000001' },
      ],
    });
    expect(person).toMatchObject({
      name: '王芳',
      ethnicity: '01',
      bloodAbo: 'AB',
      bloodRh: '-',
      employer: '汕头市第一中学',
      phones: [{ phone: '0754-88123456', label: '家' }],
      contacts: [
        { name: '王建国', relation: '父亲', phone: '13800138000' },
        { name: '李梅', phone: '0754-88000001' },
      ],
    });
  });

  it('names each field in Chinese and gives each of our rules a code', () => {
    expect(
      issuesOf({
        name: '王芳',
        ethnicity: '火星族',
        bloodAbo: 'C',
        bloodRh: '?',
        phones: [{ phone: '88123456' }],
        contacts: [{ name: '王建国', phone: '123' }, { name: ' ', phone: '' }],
      }),
    ).toEqual([
      ['ethnicity', 'ETHNICITY', '民族不正确，请从56个民族中选择'],
      ['phones.0.phone', 'PHONE_OR_LANDLINE', '其他电话应为11位手机号码，或带区号的固定电话（如 0754-88123456）'],
      ['bloodAbo', 'BLOOD_ABO', 'ABO血型应为 A、B、O、AB 之一'],
      ['bloodRh', 'BLOOD_RH', 'Rh血型应为阳性（+）或阴性（-）'],
      ['contacts.0.phone', 'PHONE_OR_LANDLINE', '紧急联系人电话应为11位手机号码，或带区号的固定电话（如 0754-88123456）'],
      ['contacts.1.name', undefined, '请填写紧急联系人姓名'],
      ['contacts.1.phone', 'CONTACT_PHONE_REQUIRED', '请填写紧急联系人电话'],
    ]);
  });

  it('refuses the same number twice among the mobile and the other phones', () => {
    expect(issuesOf({ name: '王芳', mobile: '13800138000', phones: [{ phone: '138-0013-8000' }] })).toEqual([
      ['phones.0.phone', 'PHONE_REPEATED', '其他电话与已填写的号码重复'],
    ]);
  });

  it('names the length limit of each text field', () => {
    expect(issuesOf({ name: '王芳', employer: '单'.repeat(101), occupation: '职'.repeat(51) }).map(([path, , message]) => [path, message])).toEqual([
      ['employer', '工作单位不能超过100个字'],
      ['occupation', '职业不能超过50个字'],
    ]);
  });

  it('carries the value read from the ID number with a mismatch, for the renderer to show', () => {
    const result = PersonInput.safeParse({ name: '王芳', docNumber: WANG_FANG_ID, birthDate: '1950-01-01', sex: 'M' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path[0], i.code === 'custom' && i.params])).toEqual([
      ['birthDate', { code: 'ID_MISMATCH', expected: '1949-12-31' }],
      ['sex', { code: 'ID_MISMATCH', expected: 'F' }],
    ]);
  });

  it('refuses more than ten emergency contacts or other phones', () => {
    const contact = { name: '王建国', phone: '13800138000' };
    expect(issuesOf({ name: '王芳', contacts: Array(11).fill(contact) }).map(([path, , message]) => [path, message])).toEqual([['contacts', '紧急联系人最多10位']]);
  });
});
