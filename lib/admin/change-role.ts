import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users, type UserRole } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { DomainError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import type { RequestContext } from "@/lib/http/request-context";
import { auditDenied, type AdminActor } from "./policy";
import { changeRoleSchema, type ChangeRoleInput } from "./schemas";
import { lockTargetUser } from "./target-user";

/**
 * Gives a staff member another staff role (a user has exactly one). Customers stay customers:
 * staff get accounts of their own by invitation. Admins can't change their own role, so there
 * is always an admin left. Every request re-reads the role, so the change applies on the
 * user's next click without ending their sessions.
 */
export async function changeRole(
  actor: AdminActor,
  input: ChangeRoleInput,
  context: Partial<RequestContext> = {},
): Promise<{ role: UserRole }> {
  const { userId, role } = changeRoleSchema.parse(input);
  return auditDenied(
    actor,
    "user.change_role",
    { targetType: "user", targetId: userId },
    context,
    () =>
      db.transaction(async (tx) => {
        const target = await lockTargetUser(tx, actor, "change_role", userId);
        if (target.id === actor.id)
          throw new DomainError("invalid", {
            reason: "self",
            field: "role",
            message: msg("admin.errors.changeOwnRole"),
          });
        if (target.role === "customer")
          throw new DomainError("invalid", {
            field: "role",
            message: msg("admin.errors.customerRole"),
          });
        if (target.role === role) return { role };
        await tx.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, userId));
        await recordAuditEvent(tx, {
          actorId: actor.id,
          action: "user.change_role",
          targetType: "user",
          targetId: userId,
          ip: context.ip,
          userAgent: context.userAgent,
          details: { login: target.login, from: target.role, to: role },
        });
        return { role };
      }),
  );
}
