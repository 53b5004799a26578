import type { z } from "zod";
import { parseAndRun, type ActionResult } from "./action-result";

/** What the person typed, by field name, as a page rendered without JavaScript shows it again. */
export type TypedValues = Record<string, string>;

/**
 * The state of a form posted to a server action through `useActionState`: its last answer and
 * what was typed (never the secret fields), the same with or without JavaScript.
 */
export type FormState<T = void> = { result: ActionResult<T> | null; values: TypedValues };

export const initialFormState: FormState<never> = { result: null, values: {} };

/** Next.js's own fields in a posted form (the action's id and bound arguments). */
const isFrameworkField = (name: string) => name.startsWith("$ACTION");

/**
 * A posted form's named text fields as one flat object for the action's schema: a name given
 * once is a string, a repeated name (a group of checkboxes) an array. Files are left out:
 * uploads go through their own route.
 */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const object: Record<string, string | string[]> = {};
  for (const [name, value] of formData) {
    if (isFrameworkField(name) || typeof value !== "string") continue;
    const earlier = object[name];
    object[name] = earlier === undefined ? value : [earlier, value].flat();
  }
  return object;
}

/** The typed text to show again, without the fields that must never travel back (passwords). */
export function typedValues(formData: FormData, secretFields: readonly string[] = []) {
  const values: TypedValues = {};
  for (const [name, value] of formData) {
    if (isFrameworkField(name) || typeof value !== "string" || secretFields.includes(name))
      continue;
    values[name] ??= value;
  }
  return values;
}

/**
 * A form action's body: parse the posted fields with the action's schema, run its one lib
 * call, answer with the result and the typed values minus `secretFields`.
 */
export async function runFormAction<S extends z.ZodType, T>(
  schema: S,
  formData: FormData,
  work: (data: z.infer<S>) => Promise<T>,
  options: { secretFields?: readonly string[] } = {},
): Promise<FormState<T>> {
  const result = await parseAndRun(schema, formDataToObject(formData), work);
  return { result, values: typedValues(formData, options.secretFields) };
}
