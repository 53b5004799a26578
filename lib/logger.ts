import pino, { type DestinationStream } from "pino";
import { summarizeError } from "./error-summary";

const SECRET_FIELDS = [
  "password",
  "passwordHash",
  "hash",
  "code",
  "token",
  "activationKey",
  "key",
  "secret",
  "authorization",
  "cookie",
  "params",
  "html",
  "text",
];

/**
 * JSON lines. Secrets never reach a log line: errors go through `summarizeError` (no query,
 * parameters or values), and the redact paths cover every field name we use for passwords,
 * hashes, codes, tokens, keys, cookies and query parameters, up to two levels deep.
 */
export function createLogger(destination?: DestinationStream) {
  return pino(
    {
      level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
      base: { service: "clico-support-system" },
      serializers: { err: summarizeError },
      redact: {
        paths: [
          ...SECRET_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]),
          "headers.cookie",
          "*.headers.cookie",
          "headers.authorization",
          "*.headers.authorization",
        ],
        censor: "[redacted]",
      },
    },
    destination,
  );
}

export const logger = createLogger();
