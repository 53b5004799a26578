import fc from "fast-check";
import type { z } from "zod";
import { hostileString } from "./hostile-strings";
import { arbitraryFor, type Known } from "./zod-arbitrary";

/**
 * A value as a browser posts it: each leaf a text field named by its path (`assets.0.vendor`),
 * the items of a list of texts as one repeated name (a group of checkboxes).
 */
export function postedForm(value: unknown, extra: Array<[string, string]> = []): FormData {
  const form = new FormData();
  const add = (name: string, leaf: unknown) => {
    if (leaf === undefined || leaf === null) return;
    if (Array.isArray(leaf)) {
      leaf.forEach((item, index) =>
        typeof item === "object" && item !== null ? add(`${name}.${index}`, item) : add(name, item),
      );
    } else if (typeof leaf === "object") {
      for (const [key, child] of Object.entries(leaf)) add(name ? `${name}.${key}` : key, child);
    } else {
      form.append(name || "value", String(leaf));
    }
  };
  add("", value);
  for (const [name, text] of extra) form.append(name, text);
  return form;
}

/** Field names a form never has: Next's own, prototype keys, dotted paths that go nowhere. */
const strayName = fc.oneof(
  fc.constantFrom(
    "$ACTION_ID_0",
    "$ACTION_REF_1",
    "__proto__",
    "__proto__.polluted",
    "constructor.prototype.polluted",
    "a..b",
    ".",
    "0",
    "assets.99999999.vendor",
    "assets.-1.vendor",
  ),
  hostileString.map((name) => name.slice(0, 2_000)),
);

/**
 * What can reach a server action whose input is `schema`: a posted form (the schema's fields,
 * each fitting or hostile, plus stray fields), or any value a client sends from code.
 */
export const payloadFor = (schema: z.ZodType, known: Known = {}): fc.Arbitrary<unknown> =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .tuple(
          arbitraryFor(schema, known),
          fc.array(fc.tuple(strayName, hostileString), { maxLength: 3 }),
        )
        .map(([value, extra]) => postedForm(value, extra)),
    },
    { weight: 1, arbitrary: arbitraryFor(schema, known) },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
  );
