import type { ActionFailure } from "@/lib/actions/action-result";
import type { FormState } from "@/lib/actions/form-action";
import type { ZodType } from "zod";

// What every form hook shares, in a module that imports no form library: a page that reads a
// form's answer does not load react-hook-form or zod for it.

/**
 * A server action as a form posts to it: the last state and the posted fields. Declared as a
 * method so a component may take an action whose answer carries more than it reads.
 */
export type FormAction<T = unknown> = {
  post(state: FormState<T>, formData: FormData): Promise<FormState<T>>;
}["post"];

export const failureOf = <T>(state: FormState<T>): ActionFailure | null =>
  state.result && !state.result.ok ? state.result : null;

/** An action's field errors as a form shows them: one text per field path. */
export const fieldErrorsOf = <T>(state: FormState<T>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(failureOf(state)?.fieldErrors ?? {}).map(([field, messages]) => [
      field,
      messages.join(" "),
    ]),
  );

/**
 * What the browser shows before posting: each field's first problem under the form's schema, by
 * the path the server's `invalidInput` names it (`form` for a problem of the whole form).
 */
export function problemsIn(schema: ZodType, values: unknown): Record<string, string> {
  const result = schema.safeParse(values);
  const problems: Record<string, string> = {};
  if (!result.success)
    for (const issue of result.error.issues)
      problems[issue.path.join(".") || "form"] ??= issue.message;
  return problems;
}

/**
 * The secret fields (passwords) an answer empties: those it names in a field error, or all of
 * them when it fails for a reason about them (a wrong password). A wrong activation code or a
 * server error leaves what was typed.
 */
export function secretsToClear<T>(
  state: FormState<T>,
  secretFields: readonly string[] = [],
  reasons: readonly string[] = [],
): string[] {
  const failure = failureOf(state);
  if (!failure) return [];
  if (failure.reason && reasons.includes(failure.reason)) return [...secretFields];
  return secretFields.filter((name) => failure.fieldErrors?.[name]?.length);
}
