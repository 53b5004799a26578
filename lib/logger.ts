import pino from "pino";

/**
 * JSON lines. Secrets never reach a log line: the redact paths cover every field name we use
 * for passwords, codes, tokens and keys, wherever they sit in a logged object.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { service: "clico-support-system" },
  redact: {
    paths: [
      "password",
      "*.password",
      "passwordHash",
      "*.passwordHash",
      "code",
      "*.code",
      "token",
      "*.token",
      "activationKey",
      "*.activationKey",
      "secret",
      "*.secret",
      "authorization",
      "*.authorization",
      "headers.cookie",
      "*.headers.cookie",
      "html",
      "*.html",
      "text",
      "*.text",
    ],
    censor: "[redacted]",
  },
});
