// The one error type of the portal. Use cases throw it for expected failures; routes and actions map it
// to HTTP status and to a message in the user's language (messages key `errors.<code>`).
export const errorCodes = ["not_found", "forbidden", "unauthenticated", "conflict", "invalid", "rate_limited"] as const;
export type ErrorCode = (typeof errorCodes)[number];

const httpStatus: Record<ErrorCode, number> = {
  not_found: 404,
  forbidden: 403,
  unauthenticated: 401,
  conflict: 409,
  invalid: 422,
  rate_limited: 429,
};

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Field-level problems for `invalid` (message keys, not sentences). */
  readonly fields?: FieldErrors;
  /** For `rate_limited`: how long until the next attempt is accepted, so the message can say so. */
  readonly retryAfterSeconds?: number;

  constructor(
    code: ErrorCode,
    message?: string,
    options?: { fields?: FieldErrors; cause?: unknown; retryAfterSeconds?: number },
  ) {
    super(message ?? code, { cause: options?.cause });
    this.name = "AppError";
    this.code = code;
    this.fields = options?.fields;
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }

  get status(): number {
    return httpStatus[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export function httpStatusOf(error: unknown): number {
  return isAppError(error) ? error.status : 500;
}
