// The one contract between the renderer and the registry: for each method its name, the zod
// schema its input must pass, and the type of what it returns. Each domain declares its methods
// in its own file; this table joins them. Transports (IPC, loopback HTTP) carry
// `{method, input}` and return `RpcResponse`; handlers are typed from this table.
import type { z } from 'zod';
import { auditMethods } from './audit';
import { backupsMethods } from './backups';
import { bloodMethods } from './blood';
import { organMethods } from './organ';
import { overviewMethods } from './overview';
import { printMethods } from './print';
import { filesMethods } from './files';
import { importsMethods } from './imports';
import { exportsMethods } from './exports';
import { peopleMethods } from './people';
import { rulesMethods } from './rules';
import type { MethodSpec } from './spec';
import { accountMethods, sessionMethods, staffMethods } from './staff';
import { stemcellMethods } from './stemcell';
import { vaultMethods } from './vault';
import { wristbandMethods } from './wristband';
import { settingsMethods, systemMethods } from './system';

export type { MethodSpec } from './spec';

export const contract = {
  ...systemMethods,
  ...settingsMethods,
  ...peopleMethods,
  ...auditMethods,
  ...rulesMethods,
  ...staffMethods,
  ...sessionMethods,
  ...accountMethods,
  ...bloodMethods,
  ...stemcellMethods,
  ...organMethods,
  ...overviewMethods,
  ...wristbandMethods,
  ...printMethods,
  ...filesMethods,
  ...importsMethods,
  ...exportsMethods,
  ...vaultMethods,
  ...backupsMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller may pass (before defaults and normalisation). */
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = Contract[M] extends MethodSpec<z.ZodType, infer O> ? O : never;

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
