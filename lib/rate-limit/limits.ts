import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { getPool } from "@/db/client";
import { DomainError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";

// Kept in PostgreSQL (table rate_limit_buckets) so every app instance shares the counts.
// points = attempts allowed per `duration` seconds, counted from the first one.
const LIMITS = {
  // Guess limits: only failed guesses count (assertUnderLimits before, countFailure after),
  // so an office behind one NAT address is never refused for logging in or signing up.
  passwordFailPerAddress: { points: 30, duration: 15 * 60 },
  passwordFailPerAccountAddress: { points: 10, duration: 15 * 60 },
  // Slower than the per-address limit times one address, so a single stranger can't reach it.
  passwordFailPerAccount: { points: 100, duration: 60 * 60 },
  codeFailPerAddress: { points: 30, duration: 15 * 60 },
  codeFailPerAccount: { points: 10, duration: 60 * 60 },
  contractKeyFailPerAddress: { points: 10, duration: 15 * 60 },
  contractKeyFailPerAccount: { points: 10, duration: 15 * 60 },
  linkFailPerAddress: { points: 20, duration: 15 * 60 },
  // Request limits: every request counts (consumeLimits).
  loginCodesPerAccount: { points: 10, duration: 60 * 60 },
  codeResendPerAccount: { points: 1, duration: 60 },
  forgotPerIp: { points: 10, duration: 60 * 60 },
  forgotPerEmail: { points: 3, duration: 60 * 60 },
  confirmationResendPerAccount: { points: 1, duration: 60 },
} as const;

export type LimitName = keyof typeof LIMITS;

/**
 * A limit and the parts of its key, e.g. `["passwordFailPerAccountAddress", userId, ip]`.
 * A missing part (an unknown client address) is a bucket of its own, never a skipped limit.
 */
export type LimitCheck = [LimitName, ...Array<string | null | undefined>];

const UNKNOWN = "unknown";
const keyOf = (parts: Array<string | null | undefined>) =>
  parts.map((part) => part?.trim().toLowerCase() || UNKNOWN).join("|");

const limiters = new Map<LimitName, RateLimiterPostgres>();

function limiter(name: LimitName): RateLimiterPostgres {
  let existing = limiters.get(name);
  if (!existing) {
    existing = new RateLimiterPostgres({
      storeClient: getPool(),
      tableName: "rate_limit_buckets",
      tableCreated: true,
      keyPrefix: name,
      ...LIMITS[name],
    });
    limiters.set(name, existing);
  }
  return existing;
}

function waitMessage(ms: number): string {
  if (ms < 60_000) {
    const seconds = Math.max(1, Math.ceil(ms / 1000));
    return msg("errors.rateLimit.waitSeconds", { seconds });
  }
  return msg("errors.rateLimit.waitMinutes", { minutes: Math.ceil(ms / 60_000) });
}

/** Counts one request against every given limit; throws `rate_limited` with the wait when one is used up. */
export async function consumeLimits(checks: LimitCheck[], field?: string): Promise<void> {
  for (const [name, ...parts] of checks) {
    try {
      await limiter(name).consume(keyOf(parts));
    } catch (error) {
      if (error instanceof RateLimiterRes) {
        throw new DomainError("rate_limited", { field, message: waitMessage(error.msBeforeNext) });
      }
      throw error;
    }
  }
}

/** How long until every used-up limit among `checks` frees up again; null when none is used up. */
export async function msUntilUnderLimits(checks: LimitCheck[]): Promise<number | null> {
  let wait: number | null = null;
  for (const [name, ...parts] of checks) {
    const res = await limiter(name).get(keyOf(parts));
    if (res && res.consumedPoints >= LIMITS[name].points) {
      wait = Math.max(wait ?? 0, res.msBeforeNext);
    }
  }
  return wait;
}

/**
 * Refuses a guess with `rate_limited` when a limit is used up; does not count it. Checked
 * before and counted after, concurrent guesses can pass the limit by at most their number.
 */
export async function assertUnderLimits(checks: LimitCheck[], field?: string): Promise<void> {
  const wait = await msUntilUnderLimits(checks);
  if (wait !== null) throw new DomainError("rate_limited", { field, message: waitMessage(wait) });
}

/** Counts one failed guess against every given limit. */
export async function countFailure(checks: LimitCheck[]): Promise<void> {
  for (const [name, ...parts] of checks) await limiter(name).penalty(keyOf(parts));
}

/** Forgets the count for a key, e.g. the failed passwords from an address after a right one. */
export async function resetLimit(...[name, ...parts]: LimitCheck): Promise<void> {
  await limiter(name).delete(keyOf(parts));
}
