import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { tickets, users, type UserRole } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { notifyStaff } from "@/lib/notifications/notify-staff";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/errors";
import type { RequestContext } from "@/lib/http/request-context";
import { getVisibleTicket } from "./get-ticket";
import { assertTicketPermission } from "./policy";
import { personName } from "@/lib/format";
import { msg } from "@/lib/i18n/message";

/** Who can hold a ticket: the roles that work the queue. */
const ASSIGNABLE_ROLES: UserRole[] = ["support_engineer", "admin"];

const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** Active support engineers and admins, by name: the choices of the "Assignee" field. */
export async function listAssignableStaff(
  actor: Actor,
): Promise<Array<{ id: string; name: string }>> {
  assertTicketPermission(actor, "assign");
  const rows = await db
    .select({ id: users.id, firstName: users.firstName, lastName: users.lastName })
    .from(users)
    .where(and(inArray(users.role, ASSIGNABLE_ROLES), eq(users.status, "active")))
    .orderBy(asc(users.firstName), asc(users.lastName), asc(users.id));
  return rows.map((row) => ({ id: row.id, name: personName(row) }));
}

async function findAssignee(assigneeId: string) {
  if (!isUuid(assigneeId)) return undefined;
  const [assignee] = await db
    .select({ id: users.id, firstName: users.firstName, lastName: users.lastName })
    .from(users)
    .where(
      and(
        eq(users.id, assigneeId),
        inArray(users.role, ASSIGNABLE_ROLES),
        eq(users.status, "active"),
      ),
    )
    .limit(1);
  return assignee;
}

/**
 * Assigns the ticket to an active support engineer or admin, or unassigns it (null). The
 * status stays as it is: assigning a new ticket does not open it. Audited as `ticket.assign`
 * with from/to user ids and names. Assigning to whoever already holds it changes nothing and
 * records nothing; a concurrent reassignment is a `conflict`.
 */
export async function assignTicket(
  actor: Actor,
  ticketId: string,
  assigneeId: string | null,
  context: RequestContext,
): Promise<void> {
  assertTicketPermission(actor, "assign");
  const ticket = await getVisibleTicket(actor, ticketId);
  const assignee = assigneeId === null ? null : await findAssignee(assigneeId);
  if (assignee === undefined) {
    throw new DomainError("invalid", {
      field: "assigneeId",
      message: msg("errors.tickets.chooseActiveEngineer"),
    });
  }
  const to = assignee?.id ?? null;
  // Idempotent, so a bulk assignment over tickets some of which they already hold succeeds.
  if (to === ticket.assigneeId) return;
  const previous = ticket.assigneeId
    ? await db
        .select({ firstName: users.firstName, lastName: users.lastName })
        .from(users)
        .where(eq(users.id, ticket.assigneeId))
        .limit(1)
    : [];

  await db.transaction(async (tx) => {
    const updated = await tx
      .update(tickets)
      .set({ assigneeId: to, updatedAt: new Date() })
      .where(
        and(
          eq(tickets.id, ticket.id),
          ticket.assigneeId
            ? eq(tickets.assigneeId, ticket.assigneeId)
            : isNull(tickets.assigneeId),
        ),
      )
      .returning({ id: tickets.id });
    if (!updated.length) {
      throw new DomainError("conflict", {
        message: msg("errors.tickets.reassignedMeanwhile"),
      });
    }
    if (to) await notifyStaff(tx, "assigned", { ...ticket, assigneeId: to }, actor.id);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "ticket.assign",
      targetType: "ticket",
      targetId: ticket.id,
      details: {
        from: ticket.assigneeId,
        to,
        fromName: previous[0] ? personName(previous[0]) : null,
        toName: assignee ? personName(assignee) : null,
      },
      ...context,
    });
  });
}
