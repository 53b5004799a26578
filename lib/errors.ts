export type DomainErrorCode =
  "not_found" | "forbidden" | "conflict" | "invalid" | "rate_limited" | "unauthenticated";

/** An expected failure of a use case; actions turn it into field or form errors. */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly field?: string;
  /** A finer cause the UI may act on, e.g. "unconfirmed" to offer a new confirmation link. */
  readonly reason?: string;
  /** Several fields at once (e.g. a vendor's Additional Information), keyed by form path. */
  readonly fieldErrors?: Record<string, string[]>;

  constructor(
    code: DomainErrorCode,
    options: {
      field?: string;
      message?: string;
      reason?: string;
      fieldErrors?: Record<string, string[]>;
    } = {},
  ) {
    super(options.message ?? code);
    this.name = "DomainError";
    this.code = code;
    this.field = options.field;
    this.reason = options.reason;
    this.fieldErrors = options.fieldErrors;
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
