import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { getPool } from "@/db/client";
import { DomainError } from "@/lib/errors";

// Kept in PostgreSQL (table rate_limit_buckets) so every app instance shares the counts.
// points = attempts allowed per `duration` seconds; blockDuration extends a lockout.
const LIMITS = {
  loginPerIp: { points: 30, duration: 15 * 60 },
  loginPerAccount: { points: 10, duration: 15 * 60, blockDuration: 15 * 60 },
  codePerIp: { points: 30, duration: 15 * 60 },
  codeResendPerAccount: { points: 1, duration: 60 },
  forgotPerIp: { points: 10, duration: 60 * 60 },
  forgotPerEmail: { points: 3, duration: 60 * 60 },
  contractCheckPerIp: { points: 10, duration: 15 * 60 },
  contractCheckPerAccount: { points: 10, duration: 15 * 60 },
  confirmationResendPerAccount: { points: 1, duration: 60 },
} as const;

export type LimitName = keyof typeof LIMITS;

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
    return `Too many attempts. Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`;
  }
  const minutes = Math.ceil(ms / 60_000);
  return `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

/** Counts one attempt against every given limit; throws `rate_limited` with the wait when one is used up. */
export async function consumeLimits(
  checks: Array<[LimitName, string | null | undefined]>,
  field?: string,
): Promise<void> {
  for (const [name, key] of checks) {
    if (!key) continue;
    try {
      await limiter(name).consume(key.toLowerCase());
    } catch (error) {
      if (error instanceof RateLimiterRes) {
        throw new DomainError("rate_limited", { field, message: waitMessage(error.msBeforeNext) });
      }
      throw error;
    }
  }
}

/** Forgets the count for a key, e.g. the account's failed logins after a successful one. */
export async function resetLimit(name: LimitName, key: string): Promise<void> {
  await limiter(name).delete(key.toLowerCase());
}
