import { msg } from "@/lib/i18n/message";

export type DomainErrorCode =
  "not_found" | "forbidden" | "conflict" | "invalid" | "rate_limited" | "unauthenticated";

/**
 * What the user reads when a use case gives no message of its own: never the bare code. Messages
 * are `msg` keys (lib/i18n/message.ts): the page writes them in the reader's language.
 */
export const defaultErrorMessages: Record<DomainErrorCode, string> = {
  not_found: msg("errors.default.notFound"),
  forbidden: msg("errors.default.forbidden"),
  conflict: msg("errors.default.conflict"),
  invalid: msg("errors.default.invalid"),
  rate_limited: msg("errors.default.rateLimited"),
  unauthenticated: msg("errors.default.unauthenticated"),
};

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
    super(options.message ?? defaultErrorMessages[code]);
    this.name = "DomainError";
    this.code = code;
    this.field = options.field;
    this.reason = options.reason;
    this.fieldErrors = options.fieldErrors;
  }
}

/** The HTTP status a route handler answers for each code (documenso's app-error map). */
const HTTP_STATUS: Record<DomainErrorCode, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
};

/** Finer causes with a status of their own. */
const HTTP_STATUS_BY_REASON: Record<string, number> = { too_large: 413 };

export const httpStatusOf = (code: DomainErrorCode, reason?: string): number =>
  (reason && HTTP_STATUS_BY_REASON[reason]) || HTTP_STATUS[code];

/** The one refusal of a role that may not do something at all. */
export const forbidden = () => new DomainError("forbidden");

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;

/** The unique index a PostgreSQL unique violation names, if that is what `error` is (Drizzle wraps it in `cause`). */
export function violatedUniqueIndex(error: unknown): string | null {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const pg = e as { code?: string; constraint?: string };
    if (pg.code === "23505") return pg.constraint ?? "";
  }
  return null;
}
