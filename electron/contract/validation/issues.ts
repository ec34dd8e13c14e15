// A failed parse as the API reports it: INVALID_INPUT with one detail per issue — the field's
// path, the Chinese message, and for our own rules a code plus the values the message names,
// so the renderer can show the same message in the current language.
import type { z } from 'zod';
import { ApiError } from '../errors';

export interface InputIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly code?: string;
  /** The values a coded message names (e.g. the birth date read from an ID number). */
  readonly values?: Readonly<Record<string, string | number>>;
}

function valuesOf(params: Record<string, unknown>): Record<string, string | number> | undefined {
  const entries = Object.entries(params).filter(
    (entry): entry is [string, string | number] => entry[0] !== 'code' && (typeof entry[1] === 'string' || typeof entry[1] === 'number'),
  );
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

export function toInputIssue(issue: z.core.$ZodIssue): InputIssue {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const params = issue.code === 'custom' ? (issue.params as Record<string, unknown> | undefined) : undefined;
  if (!params?.code) return { path, message: issue.message };
  const values = valuesOf(params);
  return { path, message: issue.message, code: String(params.code), ...(values ? { values } : {}) };
}

export function invalidInput(issues: readonly z.core.$ZodIssue[]): ApiError {
  const details = issues.map(toInputIssue);
  return new ApiError('INVALID_INPUT', details.map((d) => d.message).join('；'), details);
}
