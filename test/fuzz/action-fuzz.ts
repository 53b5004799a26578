import fc from "fast-check";
import { sql } from "drizzle-orm";
import { expect, vi } from "vitest";
import type { z } from "zod";
import { db } from "@/db/client";
import type { ActionResult } from "@/lib/actions/action-result";
import { formDataToObject, initialFormState, type FormState } from "@/lib/actions/form-action";
import { logger } from "@/lib/logger";
import { expireRateLimits } from "../rate-limits";
import { payloadFor } from "./posted-form";
import type { Known } from "./zod-arbitrary";
import { requestCookies } from "./request-scope";

/** Runs per property: 1,000 in `npm test`, more with `FUZZ_RUNS=10000 npm test -- unit fuzz`. */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS || 1000);
/** A property's time limit, by its number of runs: generous, a busy machine runs slower. */
export const fuzzTimeout = (msPerRun = 400) => 120_000 + FUZZ_RUNS * msPerRun;

/** The tables whose rows a refused request must leave as they were (not the audit log). */
const STORED_TABLES = [
  "users",
  "user_sessions",
  "contracts",
  "contract_activations",
  "assets",
  "tickets",
  "ticket_followers",
  "ticket_messages",
  "attachments",
  "canned_replies",
  "email_outbox",
  "one_time_secrets",
  "notifications",
  "notification_settings",
] as const;

/** Every stored table's row count, in one query. */
export async function rowCounts(): Promise<Record<string, number>> {
  const counts = STORED_TABLES.map((table) =>
    sql.raw(`(select count(*)::int from ${table}) as ${table}`),
  );
  const { rows } = await db.execute(sql`select ${sql.join(counts, sql`, `)}`);
  return rows[0] as Record<string, number>;
}

/** redirect() and notFound(): how a Next action ends on purpose, not a crash. */
const isNextControlFlow = (thrown: unknown) =>
  typeof (thrown as { digest?: unknown })?.digest === "string" &&
  /^(NEXT_REDIRECT|NEXT_HTTP_ERROR_FALLBACK;404)/.test((thrown as { digest: string }).digest);

/** Where zod's issues are keyed in the action's field errors (as invalidInput keys them). */
const fieldsOf = (error: z.ZodError) =>
  [
    ...new Set(error.issues.map((issue) => (issue.path.length ? issue.path.join(".") : "form"))),
  ].sort();

type Action = (...args: never[]) => Promise<FormState<unknown>>;

export type ActionFuzz = {
  action: Action;
  /** The action's input schema, as declared in its serverAction(). */
  input: z.ZodType;
  /** Each bound argument's schema and what a client may send in its place. */
  bound?: Array<{ schema: z.ZodType; values: fc.Arbitrary<unknown> }>;
  secretFields?: readonly string[];
  /** Values the database holds for input fields (see arbitraryFor). */
  known?: Known;
  /** The request's cookies for each run (e.g. a login challenge, as a browser may send any). */
  cookies?: fc.Arbitrary<Record<string, string>>;
  /** Let the rate limits pass every few runs, so runs keep reaching the use case. */
  rateLimited?: boolean;
  /** After a success: the properties of what was stored (e.g. it renders escaped). */
  afterSuccess?: (
    result: Extract<ActionResult<unknown>, { ok: true }>,
    bound: unknown[],
  ) => Promise<void>;
};

/**
 * The properties of a server action for any input: it answers a FormState (or ends with
 * Next's redirect/notFound), never an unexpected error (no "Something went wrong", nothing
 * logged as an error); input its schema refuses comes back as field errors on exactly the
 * fields at fault; secrets are never shown again; a refusal stores nothing.
 */
export async function fuzzAction(fuzz: ActionFuzz) {
  const bound = fuzz.bound ?? [];
  const errors = vi.spyOn(logger, "error").mockImplementation((() => {}) as never);
  let counted: Record<string, number> | undefined;
  let run = 0;
  const outcomes = { ok: 0, refused: 0, redirected: 0 };
  const reasons = new Set<string>();
  try {
    await fc.assert(
      fc.asyncProperty(
        fc.tuple(...bound.map((arg) => arg.values)),
        payloadFor(fuzz.input, fuzz.known),
        fuzz.cookies ?? fc.constant<Record<string, string>>({}),
        async (boundArgs, payload, cookies) => {
          requestCookies.clear();
          for (const [name, value] of Object.entries(cookies)) requestCookies.set(name, value);
          if (fuzz.rateLimited && run++ % 20 === 0) await expireRateLimits();
          errors.mockClear();
          // a refused run's counts are the next run's: one count query per run
          const before = counted ?? (await rowCounts());
          counted = undefined;
          let state: FormState<unknown> | undefined;
          try {
            state = await fuzz.action(...([...boundArgs, initialFormState, payload] as never[]));
          } catch (thrown) {
            if (!isNextControlFlow(thrown)) throw thrown;
          }
          expect(errors.mock.calls).toEqual([]);
          if (!state) {
            outcomes.redirected++;
            return; // redirected: the action's own ending
          }

          const result = state.result!;
          for (const secret of fuzz.secretFields ?? [])
            expect(state.values).not.toHaveProperty(secret);
          const boundValid = bound.every(
            (arg, index) => arg.schema.safeParse(boundArgs[index]).success,
          );
          const parsed = fuzz.input.safeParse(
            payload instanceof FormData ? formDataToObject(payload) : payload,
          );
          if (!boundValid) {
            expect(result).toEqual({ ok: false, formError: expect.any(String) });
          } else if (!parsed.success) {
            expect(result.ok).toBe(false);
            const fieldErrors = !result.ok ? result.fieldErrors : undefined;
            expect(Object.keys(fieldErrors ?? {}).sort()).toEqual(fieldsOf(parsed.error));
          }
          outcomes[result.ok ? "ok" : "refused"]++;
          if (process.env.FUZZ_STATS && !result.ok && boundValid && parsed.success)
            reasons.add(result.formError ?? JSON.stringify(result.fieldErrors));
          if (result.ok) await fuzz.afterSuccess?.(result, boundArgs);
          else {
            expect(result.formError ?? "").not.toMatch(/somethingWentWrong/);
            counted = await rowCounts();
            expect(counted).toEqual(before);
          }
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
    if (process.env.FUZZ_STATS) console.log(fuzz.action.name, outcomes, [...reasons].slice(0, 5));
  } finally {
    errors.mockRestore();
  }
}

/** A bound id as a client may send it: one that exists, any other uuid, or anything at all. */
export const boundId = (existing: readonly string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...existing) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 1 }) },
  );
