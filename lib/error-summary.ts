/** What a log line may say about an error: never a query, its parameters or a row's values. */
export type ErrorSummary = {
  name: string;
  message?: string;
  /** SQLSTATE for PostgreSQL, errno-style codes (ECONNREFUSED) otherwise; not `code`, which the
   * logger redacts as a login code. */
  errorCode?: string;
  constraint?: string;
  table?: string;
  column?: string;
  /** Stack frames only: a stack's first line repeats the message. */
  stack?: string;
  cause?: ErrorSummary;
};

type Loose = Error & Record<string, unknown>;

const SQLSTATE = /^[0-9A-Z]{5}$/;
const MAX_CAUSES = 5;
const text = (value: unknown) => (typeof value === "string" ? value : undefined);

/**
 * pino's `err` serializer. Drizzle's query error puts the SQL and every parameter in its message
 * (a new account's password hash, a ticket's text), and PostgreSQL's messages and details quote
 * values ("invalid input syntax for type uuid: …", "Key (login)=(…) already exists"): for those
 * only the name, SQLSTATE, constraint, table and column are kept. Other errors keep their message.
 */
export function summarizeError(error: unknown, depth = 0): ErrorSummary {
  if (!(error instanceof Error)) return { name: typeof error };
  const loose = error as Loose;
  const code = typeof loose.code === "number" ? String(loose.code) : text(loose.code);
  const isDatabaseError = Boolean(code && SQLSTATE.test(code) && "severity" in loose);
  const isQueryError = "params" in loose || "query" in loose;
  // Drizzle's query error keeps the name "Error"; its class says what it is.
  const name = error.name === "Error" ? error.constructor.name || error.name : error.name;
  const summary: ErrorSummary = { name };
  if (!isDatabaseError && !isQueryError) summary.message = error.message;
  if (code) summary.errorCode = code;
  if (isDatabaseError) {
    summary.constraint = text(loose.constraint);
    summary.table = text(loose.table);
    summary.column = text(loose.column);
  }
  const frames = error.stack?.split("\n").filter((line) => /^\s+at /.test(line));
  if (frames?.length) summary.stack = frames.join("\n");
  // Auth.js wraps the original error as `cause.err`.
  const cause = loose.cause instanceof Error ? loose.cause : (loose.cause as Loose)?.err;
  if (cause !== undefined && depth < MAX_CAUSES) summary.cause = summarizeError(cause, depth + 1);
  return summary;
}
