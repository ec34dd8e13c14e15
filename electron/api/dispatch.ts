// The one entry point for every transport: validate the input against the contract, run the
// handler, and turn every outcome into `{data}` or `{error}`. It never throws.
import { z } from 'zod';
import { ApiError, type RpcResponse } from '../contract/errors';
import { contract, isMethodName, type MethodName } from '../contract/methods';
import { ADMIN_METHODS, OPEN_METHODS } from '../contract/staff';
import { VAULT_OPEN_METHODS } from '../contract/vault';
import { invalidInput } from '../contract/validation';
import { hostOf, type RegistryHost } from '../registry/host';
import type { Registry } from '../registry/registry';
import { toApiError } from '../registry/errors';
import { createLogger } from '../registry/log';
import { createSession } from '../registry/staff/session';
import { auditHandlers } from './handlers/audit';
import { backupsHandlers } from './handlers/backups';
import { bloodHandlers } from './handlers/blood';
import { organHandlers } from './handlers/organ';
import { overviewHandlers } from './handlers/overview';
import { printHandlers } from './handlers/print';
import { filesHandlers } from './handlers/files';
import { importsHandlers } from './handlers/imports';
import { exportsHandlers } from './handlers/exports';
import { peopleHandlers } from './handlers/people';
import { rulesHandlers } from './handlers/rules';
import { accountHandlers, sessionHandlers, staffHandlers } from './handlers/staff';
import { stemcellHandlers } from './handlers/stemcell';
import { vaultHandlers } from './handlers/vault';
import { wristbandHandlers } from './handlers/wristband';
import { settingsHandlers, systemHandlers } from './handlers/system';
import { NOT_SIGNED_IN, type Handler, type HandlerContext, type HandlerMap } from './types';

// Validation messages in the users' language; the renderer maps codes for English.
z.config(z.locales.zhCN());

const log = createLogger('api');

export const handlers: HandlerMap = { ...systemHandlers, ...settingsHandlers, ...peopleHandlers, ...auditHandlers, ...rulesHandlers, ...staffHandlers, ...sessionHandlers, ...accountHandlers, ...bloodHandlers, ...stemcellHandlers, ...organHandlers, ...wristbandHandlers, ...overviewHandlers, ...printHandlers, ...filesHandlers, ...importsHandlers, ...exportsHandlers, ...vaultHandlers, ...backupsHandlers };

export type Dispatcher = (method: unknown, input: unknown) => Promise<RpcResponse<unknown>>;

export interface DispatchOptions {
  /**
   * Windows and the browser-mode server set this: every method outside OPEN_METHODS then
   * answers UNAUTHORIZED until a staff member signs in, so the audit log always names someone.
   */
  readonly requireSignIn?: boolean;
  /** Hosts that know who acts without a sign-in (tests, scripts): the name logged until someone signs in. */
  readonly actor?: string;
}

/** Hosts whose registry can be locked or replaced pass a RegistryHost; tests may pass an open Registry. */
export function createDispatcher(source: Registry | RegistryHost, options: DispatchOptions = {}): Dispatcher {
  const host = 'unlock' in source ? source : hostOf(source);
  const session = createSession(options.requireSignIn ? null : (options.actor ?? 'local'));
  return async (method, input) => {
    try {
      if (!isMethodName(method)) {
        throw new ApiError('UNKNOWN_METHOD', `未知的接口：${String(method).slice(0, 100)}`, { method: String(method).slice(0, 100) });
      }
      const actor = session.actor();
      if (actor === null && !OPEN_METHODS.has(method) && !VAULT_OPEN_METHODS.includes(method)) {
        throw new ApiError('UNAUTHORIZED', '请先登录', { reason: 'SIGN_IN_REQUIRED' });
      }
      if (ADMIN_METHODS.has(method) && !session.isAdmin(host.registry().db)) {
        throw new ApiError('FORBIDDEN', '此操作需要管理员权限', { reason: 'ADMIN_REQUIRED' });
      }
      // Read when a handler asks for it: a locked or reopening registry answers LOCKED or BUSY.
      const ctx: HandlerContext = { get registry() { return host.registry(); }, host, session, actor: actor ?? NOT_SIGNED_IN };
      return { data: await run(method, input, ctx) };
    } catch (error) {
      const known = toApiError(error);
      if (known) return { error: known.toBody() };
      log.error(`${String(method)} failed`, error);
      return { error: { code: 'INTERNAL', message: '内部错误，操作未完成。详情已写入日志。' } };
    }
  };
}

async function run<M extends MethodName>(method: M, input: unknown, ctx: HandlerContext): Promise<unknown> {
  const parsed = contract[method].input.safeParse(input ?? {});
  if (!parsed.success) throw invalidInput(parsed.error.issues);
  const handler = handlers[method] as Handler<M>;
  return handler(parsed.data as never, ctx);
}
