// How handlers are typed: one function per contract method, receiving the parsed input.
import type { MethodName, OutputOf, ParsedInputOf } from '../contract/methods';
import type { Registry } from '../registry/registry';
import type { Session } from '../registry/staff/session';

export interface HandlerContext {
  readonly registry: Registry;
  /**
   * Who is acting, for the audit log: the signed-in staff member. Only the methods open before
   * sign-in (OPEN_METHODS) can run without one; they see NOT_SIGNED_IN and name the actor themselves.
   */
  readonly actor: string;
  /** This window's (or browser-mode server's) sign-in. */
  readonly session: Session;
}

export const NOT_SIGNED_IN = '未登录';

export type Handler<M extends MethodName> = (input: ParsedInputOf<M>, ctx: HandlerContext) => OutputOf<M> | Promise<OutputOf<M>>;

export type HandlerMap = { readonly [M in MethodName]: Handler<M> };

/** A domain's share of the map: its file declares exactly the methods it owns. */
export type HandlersFor<Prefix extends string> = { readonly [M in Extract<MethodName, `${Prefix}.${string}`>]: Handler<M> };
