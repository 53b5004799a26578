import type { z } from "zod";

export type SearchParams = Record<string, string | string[] | undefined>;

/** The first message of each parameter a list page dropped, for the field that holds it. */
export type QueryProblems = Partial<Record<string, string>>;

/**
 * A list page's query from URL parameters: a malformed parameter is dropped, never failing the
 * page, and its first message is kept so the page can say why (a search with a NUL in it).
 */
export function parseListQuery<S extends z.ZodObject>(
  schema: S,
  candidate: Record<string, unknown>,
): { query: z.output<S>; problems: QueryProblems } {
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
