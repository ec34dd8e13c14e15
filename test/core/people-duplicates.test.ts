// Likely duplicates for review: the same name and birth date, or the same phone (a mobile or
// another phone), among people of whom at least one has no document number. Each query runs
// on an index.
import { describe, expect, it } from 'vitest';
import type { DuplicateGroup } from '../../electron/contract/people';
import { DUPLICATE_QUERIES } from '../../electron/registry/people/duplicates';
import { CHEN_ID, WANG_FANG_ID, setup } from './peopleSetup';

const names = (group: DuplicateGroup) => group.people.map((p) => p.name);

describe('likely duplicates', () => {
  it('groups people with the same name and birth date when one of them has no number', async () => {
    const { call } = setup();
    await call('people.create', { name: '王芳', docNumber: WANG_FANG_ID });
    await call('people.create', { name: '王芳', birthDate: '1949-12-31', address: '汕头' });
    await call('people.create', { name: '王芳', birthDate: '1950-01-01' });
    await call('people.create', { name: '王芳芳', birthDate: '1949-12-31' });

    const { groups, truncated } = await call('people.duplicates');
    expect(truncated).toBe(false);
    expect(groups).toEqual([
      expect.objectContaining({ reason: 'name_birth', name: '王芳', birthDate: '1949-12-31', people: [expect.objectContaining({ docNumberMasked: '1101**********002X' }), expect.objectContaining({ docNumberMasked: null })] }),
    ]);
  });

  it('leaves out people who all have document numbers: different numbers are different people', async () => {
    const { call } = setup();
    await call('people.create', { name: '陈志强', docNumber: CHEN_ID, mobile: '13800138000' });
    await call('people.create', { name: '陈志强', docNumber: '440514198803150031', mobile: '13800138000' });
    expect((await call('people.duplicates')).groups).toEqual([]);
  });

  it('groups people sharing a phone, whether it is their mobile or another phone, masked', async () => {
    const { call } = setup();
    await call('people.create', { name: '李明', mobile: '13800138000' });
    await call('people.create', { name: '李小明', mobile: '13800138000' });
    await call('people.create', { name: '张伟', phones: [{ phone: '0754-88123456' }] });
    await call('people.create', { name: '张卫', phones: [{ phone: '(0754)88123456', label: '家' }] });
    await call('people.create', { name: '赵六', mobile: '13900139000' });
    await call('people.create', { name: '赵陆', phones: [{ phone: '139 0013 9000' }] });
    await call('people.create', { name: '无关', mobile: '13600136000' });

    const { groups } = await call('people.duplicates');
    expect(groups.map((g) => [g.reason, g.reason === 'phone' ? g.phoneMasked : null, names(g)])).toEqual([
      ['phone', '0754-****3456', ['张伟', '张卫']],
      ['phone', '138****8000', ['李明', '李小明']],
      ['phone', '139****9000', ['赵六', '赵陆']],
    ]);
    expect(JSON.stringify(groups)).not.toContain('13800138000');
  });

  it('shows a group once when the same people share both a name and birth date and a phone', async () => {
    const { call } = setup();
    await call('people.create', { name: '孙丽', birthDate: '1990-01-01', mobile: '13800138000' });
    await call('people.create', { name: '孙丽', birthDate: '1990-01-01', mobile: '13800138000' });
    const { groups } = await call('people.duplicates');
    expect(groups.map((g) => g.reason)).toEqual(['name_birth']);
  });

  it('returns at most the groups asked for and says there are more', async () => {
    const { call } = setup();
    for (const name of ['甲', '乙', '丙']) {
      await call('people.create', { name, birthDate: '1990-01-01' });
      await call('people.create', { name, birthDate: '1990-01-01' });
    }
    const review = await call('people.duplicates', { limit: 2 });
    expect(review.groups).toHaveLength(2);
    expect(review.truncated).toBe(true);
  });

  it('walks only the people without a number, and finds everyone else by index searches', () => {
    const { db } = setup();
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ limit: 10, phone: '13800138000' }) as { detail: string }[]).map((r) => r.detail).join('\n');
    // Only the people without a number are walked; everyone else is reached by an index search.
    const nameBirth = plan(DUPLICATE_QUERIES.SAME_NAME_BIRTH);
    expect(nameBirth).toMatch(/SCAN p USING (COVERING )?INDEX person_undocumented_name_birth/);
    expect(nameBirth).toContain('SEARCH q EXISTS USING COVERING INDEX person_name_birth (name=? AND birth_date=?)');
    expect(nameBirth).not.toContain('TEMP B-TREE');
    const phones = plan(DUPLICATE_QUERIES.SHARED_PHONES);
    const scans = phones.split('\n').filter((line) => /^(SCAN|SEARCH) (p|ph) /.test(line));
    expect(scans).toEqual([
      expect.stringMatching(/^SEARCH p USING (COVERING )?INDEX person_undocumented_mobile/),
      expect.stringMatching(/^SCAN p USING (COVERING )?INDEX person_undocumented_/),
      'SEARCH ph USING INDEX person_phone_person (person_id=?)',
    ]);
    expect(phones).toContain('SEARCH q USING COVERING INDEX person_mobile (mobile=?)');
    expect(phones).toContain('SEARCH o USING COVERING INDEX person_phone_number (phone=?)');
    const nameBirthPeople = db.prepare(`EXPLAIN QUERY PLAN ${DUPLICATE_QUERIES.NAME_BIRTH_PEOPLE}`).all('王芳', '1949-12-31') as { detail: string }[];
    expect(nameBirthPeople.map((r) => r.detail).join('\n')).toContain('SEARCH person USING INDEX person_name_birth');
    const phonePeople = plan(DUPLICATE_QUERIES.PHONE_PEOPLE);
    expect(phonePeople).toMatch(/SEARCH person USING (COVERING )?INDEX person_mobile \(mobile=\?\)/);
    expect(phonePeople).toMatch(/SEARCH person_phone USING COVERING INDEX person_phone_number \(phone=\?\)/);
    expect(phonePeople).not.toMatch(/SCAN person\b/);
  });
});
