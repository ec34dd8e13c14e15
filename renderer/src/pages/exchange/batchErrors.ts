// A refused export call as staff read it: the registry's own message names what to do (which
// template column is wrong, which state the batch is in), so it is shown as written, in
// Chinese; errors without a useful message get the catalogue's text for their code.
import type { TFunction } from 'i18next';
import { ApiError } from '../../../../electron/contract/errors';
import { describeError } from '../../api/errors';

export function batchErrorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError && error.code !== 'INTERNAL' && error.code !== 'UNAUTHORIZED') return error.message;
  return describeError(t, error);
}
