import type { ActionResult } from "@/lib/actions/action-result";
import { initialFormState, type FormState } from "@/lib/actions/form-action";

/**
 * A server action called from code rather than posted by a form, for what can't be a form
 * field (a file read in the browser, the rows ticked in a table): its answer.
 */
export async function callAction<I, T>(
  action: (state: FormState<T>, input: I) => Promise<FormState<T>>,
  input: I,
): Promise<ActionResult<T>> {
  const { result } = await action(initialFormState, input);
  return result ?? { ok: false };
}
