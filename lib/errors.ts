export type DomainErrorCode =
  | "not_found"
  | "forbidden"
  | "conflict"
  | "invalid"
  | "rate_limited"
  | "unauthenticated";

/** An expected failure of a use case; actions turn it into field or form errors. */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly field?: string;

  constructor(code: DomainErrorCode, options: { field?: string; message?: string } = {}) {
    super(options.message ?? code);
    this.name = "DomainError";
    this.code = code;
    this.field = options.field;
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
