import type { ActionResult } from "./action-result";

/** What the person typed, by the form's paths, as a page rendered without JavaScript shows it again. */
export type TypedValues = Record<string, unknown>;

/**
 * The state of a form posted to a server action through `useActionState`: its last answer and
 * what was typed (never the secret fields), the same with or without JavaScript.
 */
export type FormState<T = void> = { result: ActionResult<T> | null; values: TypedValues };

export const initialFormState: FormState<never> = { result: null, values: {} };

/** Next.js's own fields in a posted form (the action's id and bound arguments). */
const isFrameworkField = (name: string) => name.startsWith("$ACTION");
const UNSAFE_KEYS = new Set(["__proto__", "prototype", "constructor"]);

type Tree = Record<string, unknown> | unknown[];

/** Puts `value` at a dotted path (`assets.0.vendor`): a number segment is an array index. */
function place(tree: Record<string, unknown>, name: string, value: string) {
  const keys = name.split(".");
  if (keys.some((key) => key === "" || UNSAFE_KEYS.has(key))) return;
  let node: Tree = tree;
  keys.forEach((key, depth) => {
    const slot = node as Record<string, unknown>;
    if (depth === keys.length - 1) {
      const earlier = slot[key];
      // a name given once is a string, a repeated name (a group of checkboxes) an array
      slot[key] = earlier === undefined ? value : [earlier, value].flat();
      return;
    }
    const child = slot[key];
    if (child === null || typeof child !== "object")
      slot[key] = /^\d+$/.test(keys[depth + 1]!) ? [] : {};
    node = slot[key] as Tree;
  });
}

/**
 * A posted form's named text fields as the object its schema parses: each field named by its
 * path in that object, as react-hook-form names them (`number`, `assets.0.vendor`). Files are
 * left out: uploads go through their own route.
 */
export function formDataToObject(
  formData: FormData,
  leaveOut: readonly string[] = [],
): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [name, value] of formData) {
    if (isFrameworkField(name) || typeof value !== "string" || leaveOut.includes(name)) continue;
    place(object, name, value);
  }
  return object;
}

/** The typed text to show again, without the fields that must never travel back (passwords). */
export const typedValues = (formData: FormData, secretFields: readonly string[] = []) =>
  formDataToObject(formData, secretFields);
