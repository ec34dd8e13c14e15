// The one search box, through people.list as the app calls it: every kind of term a member of
// staff types (part of a name, pinyin, initials, ID or phone tails, full-width input) finds
// the right people, in a sensible order, paged, with a total, masked.
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/api/dispatch';
import type { PeoplePage, PersonInput } from '../../electron/contract/people';
import { tempRegistry } from './helpers/tmp';

async function registryWith(people: PersonInput[]) {
  const dispatch = createDispatcher(tempRegistry(), { actor: 'staff-1' });
  for (const person of people) {
    const response = await dispatch('people.create', person);
    if ('error' in response) throw new Error(`${person.name}: ${response.error.message}`);
  }
  const list = async (query: string, offset = 0, limit = 50): Promise<PeoplePage> => {
    const response = await dispatch('people.list', { query, offset, limit });
    if ('error' in response) throw new Error(response.error.message);
    return response.data as PeoplePage;
  };
  const names = async (query: string) => (await list(query)).rows.map((r) => r.name);
  return { list, names };
}

// 200 people whose names share no character with the ones under test: a rare character must be
// found among them, not merely be the only thing there.
const crowd: PersonInput[] = Array.from({ length: 200 }, (_, i) => ({ name: `林${'伟明华强'[i % 4]}${'东南西北中'[i % 5]}` }));

describe('search', () => {
  it('finds any part of a name, ranking the whole name, then names that start with it, then the rest', async () => {
    const { names } = await registryWith([{ name: '李张三' }, { name: '张三丰' }, { name: '张三' }, { name: '王五' }, ...crowd]);
    expect(await names('张三')).toEqual(['张三', '张三丰', '李张三']);
    expect(await names('张')).toEqual(['张三', '张三丰', '李张三']);
    expect(await names('三丰')).toEqual(['张三丰']);
    expect(await names('丰')).toEqual(['张三丰']);
    expect(await names('张三丰')).toEqual(['张三丰']);
    expect(await names('赵')).toEqual([]);
  });

  it('finds a rare character and a rare pair among many names', async () => {
    const { list } = await registryWith([...crowd, { name: '陈燊' }, { name: '郑燊琦' }]);
    expect((await list('燊')).rows.map((r) => r.name).sort()).toEqual(['郑燊琦', '陈燊'].sort());
    expect((await list('燊琦')).rows.map((r) => r.name)).toEqual(['郑燊琦']);
    expect((await list('伟')).total).toBe(50);
  });

  it('finds pinyin and initials, reading polyphonic surnames as surnames', async () => {
    const { names } = await registryWith([{ name: '张三' }, { name: '张三丰' }, { name: '单田芳' }, { name: '曾国藩' }, { name: '解缙' }, { name: '吕丽' }, ...crowd]);
    expect(await names('zs')).toEqual(['张三', '张三丰']);
    expect(await names('zhangsan')).toEqual(['张三', '张三丰']);
    expect(await names('ZSF')).toEqual(['张三丰']);
    expect(await names('shantianfang')).toEqual(['单田芳']);
    expect(await names('dantianfang')).toEqual([]);
    expect(await names('zengguofan')).toEqual(['曾国藩']);
    expect(await names('xiejin')).toEqual(['解缙']);
    expect(await names('lvli')).toEqual(['吕丽']);
  });

  it('lists initials matches first, then full-pinyin matches, each person once, across pages', async () => {
    const { list } = await registryWith([{ name: '张三' }, { name: '张浩' }, { name: '郑华' }, ...crowd]);
    // zh: 张浩 and 郑华 by initials (zh), then 张三 by its pinyin zhangsan; 郑华 also spells zheng…
    const all = await list('zh');
    expect(all.rows.map((r) => r.name)).toEqual(['郑华', '张浩', '张三']);
    expect(all.total).toBe(3);
    const paged = [];
    for (let offset = 0; offset < 3; offset++) paged.push(...(await list('zh', offset, 1)).rows.map((r) => r.name));
    expect(paged).toEqual(['郑华', '张浩', '张三']);
    expect((await list('zh', 3, 1)).rows).toEqual([]);
    // The first letter alone: everyone whose pinyin starts with it, once.
    expect(await list('z')).toMatchObject({ total: 3, rows: [{ name: '郑华' }, { name: '张浩' }, { name: '张三' }] });
    expect((await list('l')).total).toBe(200);
  });

  it('finds a whole ID number or its last 4–6 characters, and a legacy 15-digit number', async () => {
    const { names, list } = await registryWith([
      { name: '王芳', docNumber: '11010519491231002X' },
      { name: '李明', docNumber: '440514198001010010' },
      ...crowd,
    ]);
    expect(await names('11010519491231002x')).toEqual(['王芳']);
    expect(await names('002X')).toEqual(['王芳']);
    expect(await names('31002x')).toEqual(['王芳']);
    expect(await names('1231002X')).toEqual(['王芳']);
    expect(await names('0010')).toEqual(['李明']);
    expect(await names('440514800101001')).toEqual(['李明']);
    const page = await list('002X');
    expect(page.rows[0].docNumberMasked).toBe('1101**********002X');
    expect(JSON.stringify(page)).not.toContain('11010519491231002X');
  });

  it('finds a mobile or another phone, whole or by its tail, the whole number first', async () => {
    const { names, list } = await registryWith([
      { name: '王芳', mobile: '13812345678' },
      { name: '李明', mobile: '13900005678', phones: [{ phone: '0754-88123456', label: '家' }] },
      ...crowd,
    ]);
    expect(await names('5678')).toEqual(['李明', '王芳']);
    expect(await names('13812345678')).toEqual(['王芳']);
    expect(await names('138 1234 5678')).toEqual(['王芳']);
    expect(await names('345678')).toEqual(['王芳']);
    expect(await names('123456')).toEqual(['李明']);
    expect(await names('0754-88123456')).toEqual(['李明']);
    const page = await list('5678');
    expect(page.rows.map((r) => r.mobileMasked)).toEqual(['139****5678', '138****5678']);
  });

  it('takes full-width letters, digits and spaces as the input methods type them', async () => {
    const { names } = await registryWith([{ name: '张三', mobile: '13812345678', docNumber: '11010519491231002X' }, ...crowd]);
    expect(await names('ｚｓ')).toEqual(['张三']);
    expect(await names('５６７８')).toEqual(['张三']);
    expect(await names('００２ｘ')).toEqual(['张三']);
    expect(await names('　张三　')).toEqual(['张三']);
  });

  it('finds 3+ characters of an address or the notes, after the people whose name holds them', async () => {
    const { names } = await registryWith([
      { name: '陈店镇', notes: '名字与镇同名' },
      { name: '王芳', address: '潮南区陈店镇溪口村' },
      { name: '李明', notes: '住陈店镇，周末献血' },
      ...crowd,
    ]);
    expect(await names('陈店镇')).toEqual(['陈店镇', '李明', '王芳']);
    expect(await names('溪口村')).toEqual(['王芳']);
  });

  it('answers a number too short to be anyone\'s tail, or an empty query, without error', async () => {
    const { list } = await registryWith([{ name: '王芳', mobile: '13812345678' }, ...crowd]);
    expect(await list('678')).toEqual({ rows: [], total: 0 });
    expect((await list('')).total).toBe(201);
    expect(await list('"')).toEqual({ rows: [], total: 0 });
  });
});
