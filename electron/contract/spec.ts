// How a contract method is declared: a zod input schema, and the output type as a phantom.
import type { z } from 'zod';

declare const outputType: unique symbol;

export interface MethodSpec<I extends z.ZodType, O> {
  readonly input: I;
  /** Phantom: carries the output type, never set at run time. */
  readonly [outputType]?: O;
}

export const method =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input });
