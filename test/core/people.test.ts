// People through the dispatcher, as every transport reaches them: validation, duplicates,
// masking, audited reveals, paging.
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/api/dispatch';
import type { RpcResponse } from '../../electron/contract/errors';
import type { PeoplePage, PersonDetail } from '../../electron/contract/people';
import { tempRegistry } from './helpers/tmp';

function setup() {
  const registry = tempRegistry();
  const dispatch = createDispatcher(registry, { actor: 'staff-1' });
  const data = async <T>(method: string, input?: unknown): Promise<T> => {
    const response = await dispatch(method, input);
    if ('error' in response) throw new Error(`${response.error.code}: ${response.error.message}`);
    return response.data as T;
  };
  return { registry, dispatch, data };
}

const errorOf = (response: RpcResponse<unknown>) => ('error' in response ? response.error : null);

describe('people', () => {
  it('stores a person with birth date and sex taken from the ID number, and lists them masked', async () => {
    const { data } = setup();
    const created = await data<PersonDetail>('people.create', { name: ' 王芳 ', docNumber: '11010519491231002x', mobile: '138 1234 5678' });
    expect(created).toMatchObject({ name: '王芳', sex: 'F', birthDate: '1949-12-31', docNumberMasked: '1101**********002X', mobile: '13812345678' });

    const page = await data<PeoplePage>('people.list');
    expect(page.total).toBe(1);
    expect(page.rows[0]).toMatchObject({ name: '王芳', docNumberMasked: '1101**********002X', mobileMasked: '138****5678' });
    expect(JSON.stringify(page)).not.toContain('11010519491231002X');
    expect(JSON.stringify(page)).not.toContain('13812345678');
  });

  it('names the field that contradicts the ID number, in Chinese, and writes nothing', async () => {
    const { dispatch, data } = setup();
    const error = errorOf(await dispatch('people.create', { name: '王芳', docNumber: '11010519491231002X', sex: 'M', birthDate: '1950-01-01' }));
    expect(error?.code).toBe('INVALID_INPUT');
    const details = error?.details as { path: string[]; code?: string; message: string }[];
    expect(details.map((d) => [d.path.join('.'), d.code])).toEqual([
      ['birthDate', 'ID_MISMATCH'],
      ['sex', 'ID_MISMATCH'],
    ]);
    expect(details[1].message).toBe('性别与身份证号码不符（号码中为女）');
    expect((await data<PeoplePage>('people.list')).total).toBe(0);
  });

  it('reports a wrong check character as 身份证号码校验位错误', async () => {
    const { dispatch } = setup();
    const error = errorOf(await dispatch('people.create', { name: '王芳', docNumber: '110105194912310021' }));
    expect(error?.details).toEqual([{ path: ['docNumber'], message: '身份证号码校验位错误', code: 'ID_CHECKSUM' }]);
  });

  it('refuses a second person with the same normalised number and points to the first', async () => {
    const { dispatch, data } = setup();
    const first = await data<PersonDetail>('people.create', { name: '王芳', docNumber: '11010519491231002X' });
    const error = errorOf(await dispatch('people.create', { name: '王芳芳', docNumber: '１１０１０５４９１２３１００２' }));
    expect(error).toMatchObject({ code: 'DUPLICATE', details: { existingId: first.id } });
    expect((await data<PeoplePage>('people.list')).total).toBe(1);
  });

  it('reveals a full number only on request, and the reveal is in the audit log', async () => {
    const { data } = setup();
    const created = await data<PersonDetail>('people.create', { name: '王芳', docNumber: '11010519491231002X' });
    expect(await data('people.revealDocument', { id: created.id })).toEqual({ docNumber: '11010519491231002X' });
    const audit = await data<{ rows: { action: string; actor: string; entityId: number }[] }>('audit.list', { action: 'person.reveal-document' });
    expect(audit.rows).toEqual([expect.objectContaining({ action: 'person.reveal-document', actor: 'staff-1', entityId: created.id })]);
  });

  it('logs every creation with who did it and what was stored, masked', async () => {
    const { data } = setup();
    await data('people.create', { name: '王芳', docNumber: '11010519491231002X' });
    const audit = await data<{ rows: { action: string; actor: string; after: { docNumber: string } }[] }>('audit.list', { entity: 'person' });
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]).toMatchObject({ action: 'person.create', actor: 'staff-1', after: { name: '王芳', docNumber: '1101**********002X' } });
    expect(JSON.stringify(audit)).not.toContain('11010519491231002X');
  });

  it('pages newest first and finds by name prefix or whole number', async () => {
    const { data } = setup();
    for (const name of ['张三', '张三丰', '李四', '王五']) await data('people.create', { name });
    await data('people.create', { name: '赵六', mobile: '13900001111' });

    const first = await data<PeoplePage>('people.list', { limit: 2 });
    expect(first.total).toBe(5);
    expect(first.rows.map((r) => r.name)).toEqual(['赵六', '王五']);
    const second = await data<PeoplePage>('people.list', { limit: 2, offset: 2 });
    expect(second.rows.map((r) => r.name)).toEqual(['李四', '张三丰']);

    expect((await data<PeoplePage>('people.list', { query: '张三' })).rows.map((r) => r.name).sort()).toEqual(['张三', '张三丰']);
    expect((await data<PeoplePage>('people.list', { query: '13900001111' })).rows.map((r) => r.name)).toEqual(['赵六']);
  });

  it('answers NOT_FOUND for a person who does not exist', async () => {
    const { dispatch } = setup();
    expect(errorOf(await dispatch('people.get', { id: 42 }))?.code).toBe('NOT_FOUND');
  });
});
