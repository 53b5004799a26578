import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { oneTimeSecrets } from "@/db/schema";
import { randomToken, sha256 } from "@/lib/crypto/secrets";
import { appEnv } from "@/lib/env";
import { consumeOpenSecrets } from "@/lib/auth/one-time-secrets";
import type { RequestContext } from "@/lib/http/request-context";
import { countFailure, msUntilUnderLimits, type LimitCheck } from "@/lib/rate-limit/limits";

type LinkPurpose = "email_confirmation" | "password_reset";

const LINKS = {
  email_confirmation: { path: "confirm-email", minutes: 48 * 60 },
  password_reset: { path: "reset-password", minutes: 30 },
} as const;

/**
 * Issues a single-use link (256-bit token, stored only as its SHA-256) and returns its URL.
 * Older unused links of the same purpose stop working: only the newest one does.
 */
export async function issueOneTimeLink(
  tx: DbOrTx,
  userId: string,
  purpose: LinkPurpose,
  validMinutes: number = LINKS[purpose].minutes,
): Promise<string> {
  const now = new Date();
  await consumeOpenSecrets(tx, userId, purpose, now);
  const token = randomToken();
  await tx.insert(oneTimeSecrets).values({
    purpose,
    userId,
    secretHash: sha256(token),
    expiresAt: new Date(now.getTime() + validMinutes * 60_000),
    maxAttempts: 1,
  });
  return `${appEnv.appUrl()}/${LINKS[purpose].path}/${token}`;
}

export type LinkState = "valid" | "expired" | "used" | "unknown" | "rate_limited";

/** Looks a link's token up; with `lock`, the row is locked for the caller's transaction. */
async function findOneTimeLink(tx: DbOrTx, purpose: LinkPurpose, token: string, lock = false) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { state: "unknown" as const, secret: null };
  const query = tx
    .select()
    .from(oneTimeSecrets)
    .where(and(eq(oneTimeSecrets.secretHash, sha256(token)), eq(oneTimeSecrets.purpose, purpose)))
    .limit(1);
  const [secret] = lock ? await query.for("update") : await query;
  if (!secret) return { state: "unknown" as const, secret: null };
  const state: LinkState = secret.consumedAt
    ? "used"
    : secret.expiresAt <= new Date()
      ? "expired"
      : "valid";
  return { state, secret };
}

/**
 * findOneTimeLink for a token that came from a request: unknown tokens count as failed guesses
 * of the address, and once it has used them up every token, the right one too, is refused
 * until the window passes.
 */
export async function openOneTimeLink(
  tx: DbOrTx,
  purpose: LinkPurpose,
  token: string,
  context: RequestContext,
  lock = false,
): Promise<Awaited<ReturnType<typeof findOneTimeLink>> | { state: "rate_limited"; secret: null }> {
  const limits: LimitCheck[] = [["linkFailPerAddress", context.ip]];
  if ((await msUntilUnderLimits(limits)) !== null) return { state: "rate_limited", secret: null };
  const found = await findOneTimeLink(tx, purpose, token, lock);
  if (found.state === "unknown") await countFailure(limits);
  return found;
}
