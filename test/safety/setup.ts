// Global setup of the safety suite: the child bundled and the template registry built once per
// run, in a temp folder that every test file reads (copies only) and that is removed at the end.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { bundleChild } from './bundle';
import { buildTemplate, type Template } from './seed';

export interface Prepared extends Template {
  /** The bundled child, started with plain `node`. */
  readonly child: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    safety: Prepared;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  process.env.SANXIAN_LOG ??= 'warn';
  const dir = mkdtempSync(join(tmpdir(), 'sanxian-safety-'));
  const child = await bundleChild(dir);
  const template = await buildTemplate(dir);
  project.provide('safety', { child, ...template });
  return () => rmSync(dir, { recursive: true, force: true });
}
