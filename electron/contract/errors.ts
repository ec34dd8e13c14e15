// The error shape every API call can return, whatever the transport. Errors are values: the
// renderer shows `message` (or its catalogue text for `code`), the CLI prints it to stderr.

export const ERROR_CODES = [
  'UNKNOWN_METHOD',
  'INVALID_INPUT',
  'NOT_FOUND',
  'DUPLICATE',
  'DB_TOO_NEW',
  'DB_INVALID',
  'UNAUTHORIZED',
  /** The registry is encrypted and nobody has given its passphrase since the app started. */
  'LOCKED',
  'WRONG_PASSPHRASE',
  /** Signed in, but the method is for administrators. */
  'FORBIDDEN',
  'DISK_FULL',
  'BUSY',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorBody {
  readonly code: ErrorCode;
  readonly message: string;
  readonly details?: unknown;
}

export type RpcResponse<T> = { readonly data: T } | { readonly error: ApiErrorBody };

/** Thrown by the typed client and by the core; carries the same fields as the wire error. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
  }

  toBody(): ApiErrorBody {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && typeof v.message === 'string';
}
