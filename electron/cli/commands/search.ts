// `search QUERY`: the people search box from a terminal — name or part of it, pinyin or its
// initials, a whole ID or phone number or its last digits. Sensitive fields stay masked.
import { PeopleListInput } from '../../contract/people';
import { searchPeople } from '../../registry/search/search';
import { emit, type GlobalOptions } from '../output';
import { withRegistry } from './registry';

export async function search(query: string, options: GlobalOptions & { limit: number; offset: number }): Promise<void> {
  const input = PeopleListInput.parse({ query, limit: options.limit, offset: options.offset });
  const page = await withRegistry(options, (r) => searchPeople(r.db, { query: input.query ?? '', offset: input.offset, limit: input.limit }));
  const lines = page.rows.map((p) => [p.name, p.sex === 'M' ? '男' : p.sex === 'F' ? '女' : '', p.birthDate ?? '', p.docNumberMasked ?? '', p.mobileMasked ?? ''].join('  '));
  emit(options, page.rows, [...lines, `共 ${page.total} 人${page.total > page.rows.length ? `，显示 ${page.rows.length} 人` : ''}`].join('\n'));
}
