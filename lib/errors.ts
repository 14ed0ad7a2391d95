// The one error type of Claimdesk: a code, a user-facing message and, for validation,
// the field issues. Turned into an HTTP status or an action result in one place.

export type AppErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "validation"
  | "invalid_document"
  | "version_conflict"
  | "payload_too_large"
  | "unsupported_media_type"
  | "rate_limited"
  | "conflict"
  | "illegal_transition"
  | "claims_unresolved"
  | "correction_required"
  | "article_spiked"
  | "quote_changed";

export interface FieldIssue {
  path: string;
  message: string;
}

const STATUS: Record<AppErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  version_conflict: 409,
  illegal_transition: 409,
  claims_unresolved: 409,
  article_spiked: 409,
  quote_changed: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  validation: 422,
  invalid_document: 422,
  correction_required: 422,
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly issues?: FieldIssue[];
  /** Extra fields a client needs to act on the error, e.g. `currentVersion`. */
  readonly details?: Record<string, unknown>;

  constructor(
    code: AppErrorCode,
    message: string,
    extra: { issues?: FieldIssue[]; details?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.issues = extra.issues;
    this.details = extra.details;
  }

  get status(): number {
    return STATUS[this.code];
  }
}

export interface ErrorBody {
  error: { code: string; message: string; issues?: FieldIssue[] } & Record<string, unknown>;
}

export function toErrorBody(error: AppError): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.issues ? { issues: error.issues } : {}),
      ...error.details,
    },
  };
}

export function notFound(what: string): AppError {
  return new AppError("not_found", `${what} was not found.`);
}
