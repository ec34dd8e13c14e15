// Turns API errors into what staff read: the catalogue's text for the code, and for invalid
// input the per-field messages a form can show under its fields.
import type { TFunction } from 'i18next';
import { ApiError } from '../../../electron/contract/errors';
import { zhCN } from '../i18n/zh-CN';

export function describeError(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) {
    return t('errors.INTERNAL', { message: error instanceof Error ? error.message : String(error) });
  }
  if (isSignInRequired(error)) return t('session.signInRequired');
  const reason = accountReasonOf(error);
  if (reason) return t(`session.reasons.${reason}`, accountReasonValues(error.details as AccountReasonDetails));
  // Only an internal error has no better text than the registry's own message.
  return error.code === 'INTERNAL' ? t('errors.INTERNAL', { message: error.message }) : t(`errors.${error.code}`);
}

type AccountReason = keyof typeof zhCN.session.reasons;
interface AccountReasonDetails {
  readonly reason: AccountReason;
  readonly attemptsLeft?: number;
  readonly lockedUntil?: string;
}

/** Sign-in, lockout and role refusals say why in `details.reason`; the catalogue has a text for each. */
function accountReasonOf(error: ApiError): AccountReason | null {
  const reason = (error.details as { reason?: unknown } | undefined)?.reason;
  return typeof reason === 'string' && Object.hasOwn(zhCN.session.reasons, reason) ? (reason as AccountReason) : null;
}

function accountReasonValues(details: AccountReasonDetails): Record<string, string | number> {
  const time = details.lockedUntil ? new Date(details.lockedUntil).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : '';
  return { attemptsLeft: details.attemptsLeft ?? 0, time };
}

/** The window's sign-in was lost (e.g. the browser-mode server restarted): staff must sign in again. */
export function isSignInRequired(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'UNAUTHORIZED' && (error.details as { reason?: unknown } | undefined)?.reason === 'SIGN_IN_REQUIRED';
}

export interface FieldError {
  /** The top-level field, e.g. 'contacts'. */
  readonly field: string;
  /** The whole path, e.g. ['contacts', 1, 'phone'], as a form's NamePath. */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

interface InputIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly code?: string;
  readonly values?: Readonly<Record<string, string | number>>;
}

function isInputIssue(value: unknown): value is InputIssue {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return Array.isArray(v.path) && typeof v.message === 'string';
}

type ValidationCode = keyof typeof zhCN.validation;
const isValidationCode = (code: string | undefined): code is ValidationCode =>
  code !== undefined && Object.hasOwn(zhCN.validation, code);

/**
 * The field messages of an INVALID_INPUT error. A problem code the catalogue knows is shown
 * in the current language; otherwise the server's own (Chinese) message is shown as it is.
 */
export function fieldErrorsOf(t: TFunction, error: unknown): FieldError[] {
  if (!(error instanceof ApiError) || error.code !== 'INVALID_INPUT' || !Array.isArray(error.details)) return [];
  return error.details.filter(isInputIssue).map((issue) => ({
    field: String(issue.path[0] ?? ''),
    path: issue.path,
    message: isValidationCode(issue.code) ? t(`validation.${issue.code}`, localisedValues(t, issue)) : issue.message,
  }));
}

/** The values a coded message names, in the current language (a sex read from an ID number is M or F). */
function localisedValues(t: TFunction, issue: InputIssue): Record<string, string | number> {
  const values = { ...issue.values };
  if (issue.path[0] === 'sex' && (values.expected === 'M' || values.expected === 'F')) values.expected = t(`sex.${values.expected}`);
  return values;
}

/** The existing person a DUPLICATE error points at, if it says. */
export function duplicateIdOf(error: unknown): number | null {
  if (!(error instanceof ApiError) || error.code !== 'DUPLICATE') return null;
  const details = error.details as { existingId?: unknown } | undefined;
  return typeof details?.existingId === 'number' ? details.existingId : null;
}
