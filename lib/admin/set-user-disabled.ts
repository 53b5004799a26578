import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users, type UserStatus } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { endAllSessions } from "@/lib/auth/sessions";
import { DomainError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import type { RequestContext } from "@/lib/http/request-context";
import { auditDenied, type AdminActor } from "./policy";
import { setUserDisabledSchema, type SetUserDisabledInput } from "./schemas";
import { lockTargetUser, type LockedUser } from "./target-user";

/**
 * The status an enabled account gets back: what it still lacks decides it (no password → it
 * must set one; unconfirmed address → it must confirm), so enabling never skips a step.
 */
export const statusWhenEnabled = (user: Pick<LockedUser, "passwordHash" | "emailConfirmedAt">) =>
  (!user.passwordHash
    ? "password_reset_required"
    : !user.emailConfirmedAt
      ? "pending_confirmation"
      : "active") satisfies UserStatus;

/**
 * Disables or enables any account, staff or customer. Disabling ends all its sessions in the
 * same transaction (they are refused from their next request). Admins can't disable
 * themselves. Setting the status it already has changes nothing and records nothing.
 */
export async function setUserDisabled(
  actor: AdminActor,
  input: SetUserDisabledInput,
  context: Partial<RequestContext> = {},
): Promise<{ status: UserStatus }> {
  const { userId, disabled } = setUserDisabledSchema.parse(input);
  const action = disabled ? "user.disable" : "user.enable";
  return auditDenied(actor, action, { targetType: "user", targetId: userId }, context, () =>
    db.transaction(async (tx) => {
      const target = await lockTargetUser(tx, actor, "set_user_disabled", userId);
      if (target.id === actor.id)
        throw new DomainError("invalid", {
          reason: "self",
          message: msg("admin.errors.disableSelf"),
        });
      if ((target.status === "disabled") === disabled) return { status: target.status };
      const status = disabled ? "disabled" : statusWhenEnabled(target);
      await tx.update(users).set({ status, updatedAt: new Date() }).where(eq(users.id, userId));
      if (disabled) await endAllSessions(tx, userId, "disabled");
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action,
        targetType: "user",
        targetId: userId,
        ip: context.ip,
        userAgent: context.userAgent,
        details: { login: target.login, from: target.status, to: status },
      });
      return { status };
    }),
  );
}
