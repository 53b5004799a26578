import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { oneTimeSecrets } from "@/db/schema";
import { randomToken, sha256 } from "@/lib/crypto/secrets";
import { appEnv } from "@/lib/env";

export const RESET_LINK_MINUTES = 30;

/**
 * Issues a single-use password link (256-bit token, stored as its SHA-256) and returns its URL.
 * Any older unused link of the user is consumed first: only the newest one works.
 */
export async function issuePasswordResetLink(
  tx: DbOrTx,
  userId: string,
  validMinutes = RESET_LINK_MINUTES,
): Promise<string> {
  const now = new Date();
  await tx
    .update(oneTimeSecrets)
    .set({ consumedAt: now })
    .where(
      and(
        eq(oneTimeSecrets.userId, userId),
        eq(oneTimeSecrets.purpose, "password_reset"),
        isNull(oneTimeSecrets.consumedAt),
      ),
    );
  const token = randomToken();
  await tx.insert(oneTimeSecrets).values({
    purpose: "password_reset",
    userId,
    secretHash: sha256(token),
    expiresAt: new Date(now.getTime() + validMinutes * 60_000),
    maxAttempts: 1,
  });
  return `${appEnv.appUrl()}/reset-password/${token}`;
}
