// The kill tests can fail: a registry holding part of an import — half of its rows, committed on
// their own — is judged "between", not taken for either end.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { PreviewData } from '../../electron/registry/exchange/import/preview';
import { subDir } from '../core/helpers/tmp';
import { inspect } from './fingerprint';
import { uncutRun } from './harness';
import { REGISTRY, copyTemplate, endsOf, judgeRegistry } from './judges';

describe('the judge of a killed run', () => {
  it('tells a half-written import from the registry before and after it', async () => {
    const { child, registry, preview } = inject('safety');
    const data = JSON.parse(readFileSync(preview, 'utf8')) as PreviewData;
    const half = join(subDir('half'), 'preview-half.json');
    writeFileSync(half, JSON.stringify({ ...data, ready: data.ready.slice(0, data.ready.length / 2) }));

    const before = inspect(copyTemplate(registry, subDir('before')), 'all').fingerprint;
    await uncutRun(child, ['import', copyTemplate(registry, subDir('whole')), preview]);
    const ends = endsOf(before, inspect(join(subDir('whole'), REGISTRY), 'all').fingerprint);
    await uncutRun(child, ['import', copyTemplate(registry, subDir('part')), half]);

    expect(judgeRegistry(join(subDir('before'), REGISTRY), ends)).toMatchObject({ state: 'before', healthy: true });
    expect(judgeRegistry(join(subDir('whole'), REGISTRY), ends)).toMatchObject({ state: 'after', healthy: true });
    expect(judgeRegistry(join(subDir('part'), REGISTRY), ends)).toMatchObject({ state: 'between', healthy: true });
    expect(judgeRegistry(join(subDir('gone'), REGISTRY), ends)).toMatchObject({ state: 'between', healthy: false });
  });
});
