import { recipientLocale } from "@/lib/i18n/locales";
import { msg } from "@/lib/i18n/message";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { oneTimeSecrets, users } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { endAllSessions } from "@/lib/auth/sessions";
import { hashSecret } from "@/lib/crypto/secrets";
import { DomainError } from "@/lib/errors";
import type { RequestContext } from "@/lib/http/request-context";
import { consumeLimits } from "@/lib/rate-limit/limits";
import { takingAtLeast } from "@/lib/timing/at-least";
import { sendPasswordChangedEmail, sendPasswordResetEmail } from "./account-emails";
import { issueOneTimeLink, openOneTimeLink, type LinkState } from "./one-time-links";
import { checkPassword } from "./password-policy";

// Every "Forgot my password" answer takes at least this long, so timing can't tell whether
// the address exists (the work for a known address stays well below it).
const FORGOT_MIN_MS = 600;

/** "Forgot my password": emails a reset link if the address belongs to an account; same answer either way. */
export async function requestPasswordReset(email: string, context: RequestContext): Promise<void> {
  await takingAtLeast(FORGOT_MIN_MS, async () => {
    await consumeLimits(
      [
        ["forgotPerIp", context.ip],
        ["forgotPerEmail", email.trim()],
      ],
      "email",
    );
    const [user] = await db
      .select()
      .from(users)
      .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()))
      .limit(1);
    await db.transaction(async (tx) => {
      if (user && user.status !== "disabled") {
        const link = await issueOneTimeLink(tx, user.id, "password_reset");
        await sendPasswordResetEmail(
          tx,
          { ...user, locale: recipientLocale(user, context.locale) },
          link,
        );
      }
      await recordAuditEvent(tx, {
        actorId: user?.id,
        action: "auth.password_reset_requested",
        targetType: "user",
        targetId: user?.id,
        outcome: user ? "success" : "failure",
        details: user ? undefined : { reason: "unknown_email" },
        ...context,
      });
    });
  });
}

/** Whether a reset link can still be used (the page shows the form only then). */
export async function checkResetLink(token: string, context: RequestContext): Promise<LinkState> {
  return (await openOneTimeLink(db, "password_reset", token, context)).state;
}

/**
 * Sets the new password from a reset link: single use, ends every session of the user, and for
 * a migrated TAC account (or a staff invite) also confirms the address and activates it.
 */
export async function resetPassword(
  token: string,
  password: string,
  context: RequestContext,
): Promise<void> {
  await db.transaction(async (tx) => {
    const { state, secret } = await openOneTimeLink(tx, "password_reset", token, context, true);
    if (state !== "valid" || !secret) {
      throw new DomainError("invalid", { reason: state, message: linkMessages[state] });
    }
    const [user] = await tx.select().from(users).where(eq(users.id, secret.userId)).for("update");
    if (!user || user.status === "disabled") {
      throw new DomainError("forbidden", {
        message: "This account is disabled. Contact maintenance@clico.pl.",
      });
    }
    const problem = checkPassword(password, {
      login: user.login,
      email: user.email,
      names: [user.firstName, user.lastName],
    }).problem;
    if (problem) throw new DomainError("invalid", { field: "password", message: problem });

    const now = new Date();
    await tx
      .update(oneTimeSecrets)
      .set({ consumedAt: now })
      .where(eq(oneTimeSecrets.id, secret.id));
    await tx
      .update(users)
      .set({
        passwordHash: await hashSecret(password),
        status: "active",
        emailConfirmedAt: user.emailConfirmedAt ?? now,
        updatedAt: now,
      })
      .where(eq(users.id, user.id));
    await endAllSessions(tx, user.id, "password_reset");
    await sendPasswordChangedEmail(tx, {
      ...user,
      locale: recipientLocale(user, context.locale),
    });
    await recordAuditEvent(tx, {
      actorId: user.id,
      action: "auth.password_changed",
      targetType: "user",
      targetId: user.id,
      details: { via: "reset_link" },
      ...context,
    });
  });
}

export const linkMessages: Record<LinkState, string> = {
  valid: "",
  expired: msg("auth.reset.linkExpired"),
  used: msg("auth.reset.linkUsed"),
  unknown: msg("auth.reset.linkUnknown"),
  rate_limited: msg("auth.reset.linkRateLimited"),
};
