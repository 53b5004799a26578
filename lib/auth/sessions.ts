import { and, eq, isNull, lt } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { userSessions, type SessionEndReason } from "@/db/schema";
import { randomToken, sha256 } from "@/lib/crypto/secrets";
import { SESSION_ABSOLUTE_SECONDS } from "./session-policy";
import { consumeOpenSecrets } from "./one-time-secrets";

/** What the sessions table stores for the id a JWT carries (never the id itself). */
export const sessionIdHash = (sessionId: string) => sha256(sessionId);

/**
 * Records a new session for a user who has just passed the second step, and returns its id
 * (256 random bits) for the session JWT. The user's rows past the absolute lifetime go.
 */
export async function startSession(tx: DbOrTx, userId: string): Promise<string> {
  const sessionId = randomToken(32);
  await tx
    .delete(userSessions)
    .where(
      and(
        eq(userSessions.userId, userId),
        lt(userSessions.createdAt, new Date(Date.now() - SESSION_ABSOLUTE_SECONDS * 1000)),
      ),
    );
  await tx.insert(userSessions).values({ idHash: sessionIdHash(sessionId), userId });
  return sessionId;
}

/** Ends one session of the user (Sign out): the next request carrying it is refused. */
export async function endSession(tx: DbOrTx, userId: string, sessionId: string) {
  await tx
    .update(userSessions)
    .set({ endedAt: new Date(), endReason: "sign_out" })
    .where(
      and(
        eq(userSessions.idHash, sessionIdHash(sessionId)),
        eq(userSessions.userId, userId),
        isNull(userSessions.endedAt),
      ),
    );
}

/**
 * Ends every session of the user and consumes the login codes still open, so a code asked for
 * before a password reset, a disable or "sign out everywhere" cannot start a new session after
 * it. Call it in the transaction of the change that causes it.
 */
export async function endAllSessions(
  tx: DbOrTx,
  userId: string,
  reason: Exclude<SessionEndReason, "sign_out">,
) {
  const now = new Date();
  // Codes first: this waits for a login that holds its challenge row, so the session that login
  // just created is committed, and seen, by the statement below.
  await consumeOpenSecrets(tx, userId, "login_code", now);
  await tx
    .update(userSessions)
    .set({ endedAt: now, endReason: reason })
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.endedAt)));
}
