import { recipientLocale } from "@/lib/i18n/locales";
import { db } from "@/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { findUserByLoginOrEmail } from "@/lib/auth/find-user";
import { isDomainError } from "@/lib/errors";
import type { RequestContext } from "@/lib/http/request-context";
import { consumeLimits } from "@/lib/rate-limit/limits";
import { takingAtLeast } from "@/lib/timing/at-least";
import { sendConfirmationEmail } from "./account-emails";
import { issueOneTimeLink } from "./one-time-links";

// Long enough to cover issuing and enqueueing a link, so a pending account answers as late as any other.
const RESEND_MIN_MS = 400;

/**
 * A new confirmation link for an unconfirmed account (at most one a minute). Says nothing about
 * whether the account exists, in its answer or its timing: the per-address limit refuses
 * anyone alike, and the per-account cooldown skips the email silently.
 */
export async function resendConfirmation(
  identifier: string,
  context: RequestContext,
): Promise<void> {
  await consumeLimits([["forgotPerIp", context.ip]], "login");
  await takingAtLeast(RESEND_MIN_MS, async () => {
    const user = await findUserByLoginOrEmail(db, identifier);
    if (!user || user.status !== "pending_confirmation") return;
    try {
      await consumeLimits([["confirmationResendPerAccount", user.id]]);
    } catch (error) {
      if (isDomainError(error) && error.code === "rate_limited") return;
      throw error;
    }
    await db.transaction(async (tx) => {
      const link = await issueOneTimeLink(tx, user.id, "email_confirmation");
      await sendConfirmationEmail(
        tx,
        { ...user, locale: recipientLocale(user, context.locale) },
        link,
      );
      await recordAuditEvent(tx, {
        actorId: user.id,
        action: "account.confirmation_resent",
        targetType: "user",
        targetId: user.id,
        ...context,
      });
    });
  });
}
