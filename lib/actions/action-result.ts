import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { logWithReference, somethingWentWrongTryAgain } from "@/lib/error-reference";
import { isDomainError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";

export type FieldErrors = Record<string, string[]>;

export type ActionResult<T = void> =
  | { ok: true; data: T }
  | { ok: false; formError?: string; fieldErrors?: FieldErrors; reason?: string };

export type ActionFailure = Extract<ActionResult, { ok: false }>;

export const success = <T>(data: T): ActionResult<T> => ({ ok: true, data });

/** Every field error zod found, not just the first, keyed by the path the form's field names. */
export function invalidInput(error: z.ZodError): ActionFailure {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.join(".") : "form";
    (fieldErrors[field] ??= []).push(issue.message);
  }
  return { ok: false, fieldErrors, formError: msg("validation.correctHighlighted") };
}

/**
 * Runs an action's one lib call: a DomainError becomes a field or form error the form can
 * show; anything else is logged once with a reference the user can quote. Next's own control
 * flow (redirect(), notFound(), dynamic rendering) passes through.
 */
export async function runAction<T>(
  work: () => Promise<T>,
  name = "action",
): Promise<ActionResult<T>> {
  try {
    return success(await work());
  } catch (error) {
    unstable_rethrow(error);
    if (isDomainError(error) && error.fieldErrors) {
      return {
        ok: false,
        fieldErrors: error.fieldErrors,
        formError: error.message,
        reason: error.reason,
      };
    }
    if (isDomainError(error)) {
      return error.field
        ? { ok: false, fieldErrors: { [error.field]: [error.message] }, reason: error.reason }
        : { ok: false, formError: error.message, reason: error.reason };
    }
    const ref = logWithReference(error, "action failed", { action: name });
    return { ok: false, formError: somethingWentWrongTryAgain(ref) };
  }
}
