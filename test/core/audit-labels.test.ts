// The audit page names each entry's action and entity in the user's language. An action the
// catalogue does not know shows as its raw code ("wristband.band-replace"), so every action and
// entity the core writes must have a label in both languages. The names are read from the
// core's sources, where each recordAudit call spells them as literals; printing names its
// entries from the contract's list of printable documents.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRINT_DOCUMENTS, PRINT_OUTPUTS, printAudit } from '../../electron/contract/print';
import { en } from '../../renderer/src/i18n/en';
import { zhCN } from '../../renderer/src/i18n/zh-CN';

const CORE = new URL('../../electron/registry/', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

function literals(key: 'action' | 'entity'): string[] {
  const pattern = new RegExp(`\\b${key}: '([a-z_.-]+)'`, 'g');
  const found = new Set<string>();
  for (const file of sources(CORE)) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('recordAudit(')) continue;
    for (const match of text.matchAll(pattern)) found.add(match[1]);
  }
  return [...found].sort();
}

const lookup = (catalogue: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined), catalogue);

describe('audit log labels', () => {
  const prints = PRINT_DOCUMENTS.flatMap((document) => PRINT_OUTPUTS.map((output) => printAudit(document, output)));
  const actions = [...literals('action'), ...prints.map((p) => p.action)];
  const entities = [...literals('entity'), ...prints.map((p) => p.entity)];

  it('finds the actions and entities the core records', () => {
    expect(actions).toEqual(expect.arrayContaining(['person.create', 'organ.revoke', 'session.sign-in']));
    expect(entities).toEqual(expect.arrayContaining(['person', 'pledge']));
  });

  it.each([
    ['zh-CN', zhCN],
    ['en', en],
  ])('has a %s label for every action and entity', (_language, catalogue) => {
    const missingActions = actions.filter((action) => typeof lookup(catalogue, ['audit', 'actions', ...action.split('.')]) !== 'string');
    const missingEntities = entities.filter((entity) => typeof lookup(catalogue, ['audit', 'entities', entity]) !== 'string');
    expect({ missingActions, missingEntities }).toEqual({ missingActions: [], missingEntities: [] });
  });
});
