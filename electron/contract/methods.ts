// The one contract between the renderer and the registry: for each method its name, the zod
// schema its input must pass, and the type of what it returns. Transports (IPC, loopback HTTP)
// carry `{method, input}` and return `RpcResponse`; handlers are typed from this table.
import type { z } from 'zod';
import { AuditListInput, type AuditPage } from './audit';
import { PeopleListInput, PersonIdInput, PersonInput, type PeoplePage, type PersonDetail } from './people';
import { EmptyInput, SettingsUpdateInput, type RegistryInfo, type RegistryStats, type Settings, type VerifyReport } from './system';

declare const outputType: unique symbol;

export interface MethodSpec<I extends z.ZodType, O> {
  readonly input: I;
  /** Phantom: carries the output type, never set at run time. */
  readonly [outputType]?: O;
}

const method =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input });

export const contract = {
  'system.info': method<RegistryInfo>()(EmptyInput),
  'system.stats': method<RegistryStats>()(EmptyInput),
  'system.verify': method<VerifyReport>()(EmptyInput),
  'settings.get': method<Settings>()(EmptyInput),
  'settings.update': method<Settings>()(SettingsUpdateInput),
  'people.list': method<PeoplePage>()(PeopleListInput),
  'people.get': method<PersonDetail>()(PersonIdInput),
  'people.create': method<PersonDetail>()(PersonInput),
  'people.revealDocument': method<{ docNumber: string | null }>()(PersonIdInput),
  'audit.list': method<AuditPage>()(AuditListInput),
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
