import { db } from "@/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { findUserByLoginOrEmail } from "@/lib/auth/find-user";
import type { RequestContext } from "@/lib/http/request-context";
import { consumeLimits } from "@/lib/rate-limit/limits";
import { sendConfirmationEmail } from "./account-emails";
import { issueOneTimeLink } from "./one-time-links";

/**
 * A new confirmation link for an unconfirmed account (at most one a minute). Says nothing about
 * whether the account exists: the caller shows the same answer either way.
 */
export async function resendConfirmation(
  identifier: string,
  context: RequestContext,
): Promise<void> {
  await consumeLimits([["forgotPerIp", context.ip]], "login");
  const user = await findUserByLoginOrEmail(db, identifier);
  if (!user || user.status !== "pending_confirmation") return;
  await consumeLimits([["confirmationResendPerAccount", user.id]], "login");
  await db.transaction(async (tx) => {
    const link = await issueOneTimeLink(tx, user.id, "email_confirmation");
    await sendConfirmationEmail(tx, user, link);
    await recordAuditEvent(tx, {
      actorId: user.id,
      action: "account.confirmation_resent",
      targetType: "user",
      targetId: user.id,
      ...context,
    });
  });
}
