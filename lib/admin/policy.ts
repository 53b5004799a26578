import { eq } from "drizzle-orm";
import { db, type DbOrTx } from "@/db/client";
import { users, type UserRole } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { DomainError, forbidden } from "@/lib/errors";
import type { RequestContext } from "@/lib/http/request-context";

export type AdminActor = Pick<Actor, "id" | "role">;

export type AdminOperation =
  | "list_users"
  | "invite_staff"
  | "change_role"
  | "set_user_disabled"
  | "force_password_reset"
  | "read_audit_log"
  | "view_overview"
  | "view_email_delivery"
  | "retry_email";

// Who may manage accounts, read the audit log, see the overview and see (and retry) failed
// emails: one table. Support engineers
// see the overview (they watch the SLA); everything else here is for admins only.
const ADMIN_PERMISSIONS: Record<UserRole, Record<AdminOperation, boolean>> = {
  customer: {
    list_users: false,
    invite_staff: false,
    change_role: false,
    set_user_disabled: false,
    force_password_reset: false,
    read_audit_log: false,
    view_overview: false,
    view_email_delivery: false,
    retry_email: false,
  },
  support_engineer: {
    list_users: false,
    invite_staff: false,
    change_role: false,
    set_user_disabled: false,
    force_password_reset: false,
    read_audit_log: false,
    view_overview: true,
    view_email_delivery: false,
    retry_email: false,
  },
  orders_team: {
    list_users: false,
    invite_staff: false,
    change_role: false,
    set_user_disabled: false,
    force_password_reset: false,
    read_audit_log: false,
    view_overview: false,
    view_email_delivery: false,
    retry_email: false,
  },
  admin: {
    list_users: true,
    invite_staff: true,
    change_role: true,
    set_user_disabled: true,
    force_password_reset: true,
    read_audit_log: true,
    view_overview: true,
    view_email_delivery: true,
    retry_email: true,
  },
};

/** Whether the role may do `operation` (for showing or hiding UI; the use cases check again). */
export const canAdmin = (role: UserRole, operation: AdminOperation) =>
  ADMIN_PERMISSIONS[role][operation];

/**
 * Throws `forbidden` unless the actor, as stored now, is active and its role may do
 * `operation`. Role and status are read from the database rather than trusted from the caller,
 * so an admin demoted or disabled a moment ago can no longer act; with `lock` the actor's row is
 * locked for the caller's transaction (two admins disabling each other: the second one waits and
 * then finds itself disabled).
 */
export async function assertAdminPermission(
  tx: DbOrTx,
  actor: AdminActor,
  operation: AdminOperation,
  options: { lock?: boolean } = {},
): Promise<void> {
  const query = tx
    .select({ role: users.role, status: users.status })
    .from(users)
    .where(eq(users.id, actor.id))
    .limit(1);
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row || row.status !== "active" || !canAdmin(row.role, operation)) throw forbidden();
}

/**
 * Runs an account-management use case and records a refused attempt (`forbidden`) as a
 * `denied` audit event. The event is written outside the use case's transaction, which the
 * refusal rolls back.
 */
export async function auditDenied<T>(
  actor: AdminActor,
  action: string,
  target: { targetType?: string; targetId?: string },
  context: Partial<RequestContext>,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DomainError && error.code === "forbidden") {
      await recordAuditEvent(db, {
        actorId: actor.id,
        action,
        ...target,
        outcome: "denied",
        ip: context.ip,
        userAgent: context.userAgent,
      });
    }
    throw error;
  }
}
