import { randomBytes } from "node:crypto";
import { msg } from "@/lib/i18n/message";
import { logger } from "@/lib/logger";

/**
 * Logs an unexpected error once, at the boundary that answers the user (an action, a route
 * handler), and returns the short reference the user can quote to find that line.
 */
export function logWithReference(
  error: unknown,
  message: string,
  fields: Record<string, unknown> = {},
): string {
  const ref = randomBytes(4).toString("hex");
  // The logger's err serializer keeps a query's SQL, parameters and values out of the line.
  logger.error({ ...fields, ref, err: error }, message);
  return ref;
}

/** What the user reads in place of an unexpected error (a `msg`: "Something went wrong (ref …)."). */
export const somethingWentWrong = (ref: string) => msg("errors.somethingWentWrong", { ref });

/** The same, where the user can simply try again (a form): "… Please try again." */
export const somethingWentWrongTryAgain = (ref: string) =>
  msg("errors.somethingWentWrongTryAgain", { ref });
