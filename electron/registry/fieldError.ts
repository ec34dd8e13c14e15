// A domain rule a field breaks, in the same INVALID_INPUT shape the dispatcher gives schema
// errors: forms put the message under the field the path names, and a page can show the
// code's text from its catalogue with the values the message names.
import { ApiError } from '../contract/errors';

export function fieldError(
  path: readonly (string | number)[],
  message: string,
  code?: string,
  values?: Readonly<Record<string, string | number>>,
): ApiError {
  return new ApiError('INVALID_INPUT', message, [{ path, message, ...(code === undefined ? {} : { code }), ...(values ? { values } : {}) }]);
}
