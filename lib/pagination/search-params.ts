import { z } from "zod";
import { plainText } from "@/lib/validation/plain-text";

export type SearchParams = Record<string, string | string[] | undefined>;

/** The first message of each parameter a list page dropped, for the field that holds it. */
export type QueryProblems = Partial<Record<string, string>>;

/** A page cursor from the URL: opaque text, checked again when it is decoded. */
export const cursorParam = plainText().max(500).optional();

/** Whether a field of the query takes every value of its parameter (`?status=a&status=b`). */
function takesMany(schema: z.core.$ZodType): boolean {
  const def = schema._zod.def;
  if (def.type === "array") return true;
  return "innerType" in def ? takesMany(def.innerType as z.core.$ZodType) : false;
}

/**
 * A list page's query from its URL parameters, one way for every list: each field of `schema`
 * reads the parameter of its name (`names` maps a field to another parameter name) — every
 * value for an array field, otherwise the first, with empty ones left out. A malformed
 * parameter is dropped, never failing the page, and its first message is kept so the page can
 * say why (a search with a NUL in it).
 */
export function parseSearchParams<S extends z.ZodObject>(
  schema: S,
  params: SearchParams,
  names: Partial<Record<keyof z.output<S>, string>> = {},
): { query: z.output<S>; problems: QueryProblems } {
  const candidate: Record<string, unknown> = {};
  for (const [field, fieldSchema] of Object.entries(schema.shape)) {
    const raw = params[names[field as keyof z.output<S>] ?? field];
    const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw])
      .map((value) => value.trim())
      .filter(Boolean);
    candidate[field] = takesMany(fieldSchema as z.core.$ZodType) ? values : values[0];
  }
  const parsed = schema.safeParse(candidate);
  if (parsed.success) return { query: parsed.data, problems: {} };
  const safe: Record<string, unknown> = {};
  const problems: QueryProblems = {};
  for (const [key, value] of Object.entries(candidate)) {
    const single = schema.safeParse({ [key]: value });
    if (single.success) safe[key] = value;
    else problems[key] = single.error.issues.find((issue) => issue.path[0] === key)?.message;
  }
  return { query: schema.parse(safe), problems };
}
