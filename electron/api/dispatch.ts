// The one entry point for every transport: validate the input against the contract, run the
// handler, and turn every outcome into `{data}` or `{error}`. It never throws.
import { z } from 'zod';
import { ApiError, type RpcResponse } from '../contract/errors';
import { contract, isMethodName, type MethodName } from '../contract/methods';
import type { Registry } from '../registry/registry';
import { toApiError } from '../registry/errors';
import { createLogger } from '../registry/log';
import { auditHandlers } from './handlers/audit';
import { organHandlers } from './handlers/organ';
import { peopleHandlers } from './handlers/people';
import { rulesHandlers } from './handlers/rules';
import { stemcellHandlers } from './handlers/stemcell';
import { settingsHandlers, systemHandlers } from './handlers/system';
import type { Handler, HandlerContext, HandlerMap } from './types';

// Validation messages in the users' language; the renderer maps codes for English.
z.config(z.locales.zhCN());

const log = createLogger('api');

export const handlers: HandlerMap = { ...systemHandlers, ...settingsHandlers, ...peopleHandlers, ...auditHandlers, ...rulesHandlers, ...stemcellHandlers, ...organHandlers };

export type Dispatcher = (method: unknown, input: unknown) => Promise<RpcResponse<unknown>>;

export interface DispatchOptions {
  readonly actor?: string;
}

export function createDispatcher(registry: Registry, options: DispatchOptions = {}): Dispatcher {
  const ctx: HandlerContext = { registry, actor: options.actor ?? 'local' };
  return async (method, input) => {
    try {
      if (!isMethodName(method)) {
        throw new ApiError('UNKNOWN_METHOD', `未知的接口：${String(method).slice(0, 100)}`, { method: String(method).slice(0, 100) });
      }
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
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => ({
      path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      message: issue.message,
      ...(issue.code === 'custom' && issue.params?.code ? { code: String(issue.params.code) } : {}),
    }));
    throw new ApiError('INVALID_INPUT', details.map((d) => d.message).join('；'), details);
  }
  const handler = handlers[method] as Handler<M>;
  return handler(parsed.data as never, ctx);
}
