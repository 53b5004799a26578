import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { tickets, type TicketPriority } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/errors";
import type { RequestContext } from "@/lib/http/request-context";
import { computeDueTimes } from "@/lib/sla/due-times";
import { findServiceLevel } from "@/lib/sla/service-level";
import { getVisibleTicket } from "./get-ticket";
import { assertTicketPermission } from "./policy";
import { msg } from "@/lib/i18n/message";

/**
 * Sets the priority and recomputes both due times for it from the ticket's creation, as if it
 * had been opened with that priority; time already paused still moves them (slaPausedSeconds
 * is kept). Audited as `ticket.priority_change` with from/to.
 */
export async function changeTicketPriority(
  actor: Actor,
  ticketId: string,
  priority: TicketPriority,
  context: RequestContext,
): Promise<void> {
  assertTicketPermission(actor, "change_priority");
  const ticket = await getVisibleTicket(actor, ticketId);
  if (priority === ticket.priority) {
    throw new DomainError("conflict", {
      message: msg("errors.tickets.priorityAlready", { priority }),
    });
  }
  await db.transaction(async (tx) => {
    const dueTimes = computeDueTimes({
      serviceLevel: await findServiceLevel(tx, ticket.contractId),
      priority,
      from: ticket.createdAt,
    });
    const updated = await tx
      .update(tickets)
      .set({ priority, ...dueTimes, updatedAt: new Date() })
      .where(and(eq(tickets.id, ticket.id), eq(tickets.priority, ticket.priority)))
      .returning({ id: tickets.id });
    if (!updated.length) {
      throw new DomainError("conflict", {
        message: msg("errors.tickets.priorityChangedMeanwhile"),
      });
    }
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "ticket.priority_change",
      targetType: "ticket",
      targetId: ticket.id,
      details: { from: ticket.priority, to: priority },
      ...context,
    });
  });
}
