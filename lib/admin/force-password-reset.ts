import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { issueOneTimeLink } from "@/lib/accounts/one-time-links";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { endAllSessions } from "@/lib/auth/sessions";
import { DomainError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import type { RequestContext } from "@/lib/http/request-context";
import { FORCED_RESET_LINK_HOURS, sendForcedPasswordResetEmail } from "./admin-emails";
import { auditDenied, type AdminActor } from "./policy";
import { userIdSchema } from "./schemas";
import { lockTargetUser } from "./target-user";

/**
 * Forces a password reset: the old password is dropped (it no longer logs in, and enabling a
 * disabled account later can't bring it back), status becomes `password_reset_required`, all
 * sessions end, and a one-time link (24 h) to set a new password is emailed. Not for a disabled
 * account: enable it first.
 */
export async function forcePasswordReset(
  actor: AdminActor,
  userId: string,
  context: Partial<RequestContext> = {},
): Promise<void> {
  const id = userIdSchema.parse(userId);
  await auditDenied(
    actor,
    "user.force_password_reset",
    { targetType: "user", targetId: id },
    context,
    () =>
      db.transaction(async (tx) => {
        const target = await lockTargetUser(tx, actor, "force_password_reset", id);
        if (target.status === "disabled")
          throw new DomainError("invalid", {
            reason: "disabled",
            message: msg("admin.errors.accountDisabled"),
          });
        await tx
          .update(users)
          .set({ status: "password_reset_required", passwordHash: null, updatedAt: new Date() })
          .where(eq(users.id, id));
        await endAllSessions(tx, id, "forced_password_reset");
        const link = await issueOneTimeLink(tx, id, "password_reset", FORCED_RESET_LINK_HOURS * 60);
        await sendForcedPasswordResetEmail(tx, target, link);
        await recordAuditEvent(tx, {
          actorId: actor.id,
          action: "user.force_password_reset",
          targetType: "user",
          targetId: id,
          ip: context.ip,
          userAgent: context.userAgent,
          details: { login: target.login, from: target.status },
        });
      }),
  );
}
