import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { oneTimeSecrets, users } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { RequestContext } from "@/lib/http/request-context";
import { openOneTimeLink, type LinkState } from "./one-time-links";

/**
 * Opening the emailed link: whether it can confirm the address, changing nothing. Mail
 * scanners fetch the links of an email before its reader does; only the page's POST confirms.
 */
export async function checkConfirmationLink(
  token: string,
  context: RequestContext,
): Promise<LinkState> {
  return (await openOneTimeLink(db, "email_confirmation", token, context)).state;
}

/** "Confirm email" pressed on the link's page: confirms the address and lets the account log in. */
export async function confirmEmail(token: string, context: RequestContext): Promise<LinkState> {
  return db.transaction(async (tx) => {
    const { state, secret } = await openOneTimeLink(tx, "email_confirmation", token, context, true);
    if (state !== "valid" || !secret) return state;
    const now = new Date();
    await tx
      .update(oneTimeSecrets)
      .set({ consumedAt: now })
      .where(eq(oneTimeSecrets.id, secret.id));
    await tx
      .update(users)
      .set({ status: "active", emailConfirmedAt: now, updatedAt: now })
      .where(and(eq(users.id, secret.userId), eq(users.status, "pending_confirmation")));
    await recordAuditEvent(tx, {
      actorId: secret.userId,
      action: "account.email_confirmed",
      targetType: "user",
      targetId: secret.userId,
      ...context,
    });
    return "valid";
  });
}
