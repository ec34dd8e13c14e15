// How handlers are typed: one function per contract method, receiving the parsed input.
import type { MethodName, OutputOf, ParsedInputOf } from '../contract/methods';
import type { RegistryHost } from '../registry/host';
import type { Registry } from '../registry/registry';
import type { Session } from '../registry/staff/session';

export interface HandlerContext {
  /** The open registry; reading it while the registry is locked or being replaced throws LOCKED or BUSY. */
  readonly registry: Registry;
  /** Holds the registry: unlocking, restoring and re-encrypting go through it. */
  readonly host: RegistryHost;
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
