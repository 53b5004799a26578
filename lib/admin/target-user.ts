import { inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { users } from "@/db/schema";
import { DomainError, forbidden } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import { canAdmin, type AdminActor, type AdminOperation } from "./policy";

/**
 * Locks the acting admin's and the target user's rows (in id order, so two admins acting on
 * each other queue up instead of deadlocking), re-checks the actor as stored now and returns
 * the target. Throws `forbidden`, or `not_found` for an unknown user.
 */
export async function lockTargetUser(
  tx: Tx,
  actor: AdminActor,
  operation: AdminOperation,
  userId: string,
) {
  const rows = await tx
    .select({
      id: users.id,
      login: users.login,
      email: users.email,
      firstName: users.firstName,
      locale: users.locale,
      role: users.role,
      status: users.status,
      passwordHash: users.passwordHash,
      emailConfirmedAt: users.emailConfirmedAt,
    })
    .from(users)
    .where(inArray(users.id, [actor.id, userId]))
    .orderBy(users.id)
    .for("update");
  const me = rows.find((row) => row.id === actor.id);
  if (!me || me.status !== "active" || !canAdmin(me.role, operation)) throw forbidden();
  const target = rows.find((row) => row.id === userId);
  if (!target) throw new DomainError("not_found", { message: msg("admin.errors.userNotFound") });
  return target;
}

export type LockedUser = Awaited<ReturnType<typeof lockTargetUser>>;
