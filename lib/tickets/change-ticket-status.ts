import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { tickets, type Ticket, type TicketStatus } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/errors";
import type { RequestContext } from "@/lib/http/request-context";
import { pauseFields, resumeFields } from "@/lib/sla/pause";
import { findServiceLevel } from "@/lib/sla/service-level";
import { getVisibleTicket } from "./get-ticket";
import { lockTicket } from "./lock-ticket";
import { assertTicketPermission } from "./policy";
import { sendTicketUpdateEmail } from "./ticket-emails";
import { ticketRecipients } from "./ticket-recipients";
import { msg } from "@/lib/i18n/message";

/**
 * The columns a move from `ticket.status` to `status` sets, besides the status itself: the
 * resolved/closed stamps and the SLA pause. Every status change goes through it.
 */
export async function transitionFields(
  ticket: Ticket,
  status: TicketStatus,
  now: Date,
  serviceLevel: () => ReturnType<typeof findServiceLevel>,
) {
  const fields: Partial<typeof tickets.$inferInsert> = {};
  if (status === "closed") fields.closedAt = now;
  if (status === "resolved") {
    fields.resolvedAt = now;
    fields.closedAt = null;
  }
  if (status === "open" || status === "waiting_for_customer") {
    fields.resolvedAt = null;
    fields.closedAt = null;
  }
  if (status === "waiting_for_customer") {
    if (!ticket.slaPausedAt) Object.assign(fields, pauseFields(now));
  } else if (ticket.slaPausedAt) {
    Object.assign(fields, resumeFields(ticket, await serviceLevel(), now));
  }
  return fields;
}

/** Staff may move a ticket to any status but back to "new". */
export function assertStaffStatusTarget(status: TicketStatus): void {
  if (status === "new") {
    throw new DomainError("invalid", {
      field: "status",
      message: msg("errors.tickets.notBackToNew"),
    });
  }
}

/**
 * Staff move a ticket to any other status except back to "new". Resolving stamps resolvedAt
 * (the auto-close countdown), closing closedAt; moving back to open or waiting clears both.
 * Waiting for the customer pauses the SLA clock; leaving it adds the pause to the ticket's
 * paused seconds. The requester and followers are emailed; an audit event records from/to.
 * A concurrent change of the same ticket's status makes this fail with `conflict`; the SLA
 * fields are worked out from the locked row, never from the copy read before.
 */
export async function changeTicketStatus(
  actor: Actor,
  ticketId: string,
  status: TicketStatus,
  context: RequestContext,
): Promise<void> {
  assertTicketPermission(actor, "change_status");
  const ticket = await getVisibleTicket(actor, ticketId);
  if (status === ticket.status) {
    throw new DomainError("conflict", {
      message: msg("errors.tickets.statusAlready", { status }),
    });
  }
  assertStaffStatusTarget(status);

  await db.transaction(async (tx) => {
    const current = await lockTicket(tx, ticket.id);
    if (current.status !== ticket.status) {
      throw new DomainError("conflict", {
        message: msg("errors.tickets.statusChangedMeanwhile"),
      });
    }
    const now = new Date();
    const fields = await transitionFields(current, status, now, () =>
      findServiceLevel(tx, current.contractId),
    );
    await tx
      .update(tickets)
      .set({ ...fields, status, updatedAt: now })
      .where(eq(tickets.id, ticket.id));
    for (const recipient of await ticketRecipients(tx, ticket.id, actor.id)) {
      await sendTicketUpdateEmail(tx, recipient, ticket, { kind: "status", status });
    }
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "ticket.status_change",
      targetType: "ticket",
      targetId: ticket.id,
      details: { from: ticket.status, to: status },
      ...context,
    });
  });
}
