// How handlers are typed: one function per contract method, receiving the parsed input.
import type { MethodName, OutputOf, ParsedInputOf } from '../contract/methods';
import type { Registry } from '../registry/registry';

export interface HandlerContext {
  readonly registry: Registry;
  /** Who is acting, for the audit log. Staff sign-in replaces the default later. */
  readonly actor: string;
}

export type Handler<M extends MethodName> = (input: ParsedInputOf<M>, ctx: HandlerContext) => OutputOf<M> | Promise<OutputOf<M>>;

export type HandlerMap = { readonly [M in MethodName]: Handler<M> };

/** A domain's share of the map: its file declares exactly the methods it owns. */
export type HandlersFor<Prefix extends string> = { readonly [M in Extract<MethodName, `${Prefix}.${string}`>]: Handler<M> };
