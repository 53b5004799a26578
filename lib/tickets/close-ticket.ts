import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { tickets } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/errors";
import type { RequestContext } from "@/lib/http/request-context";
import { findServiceLevel } from "@/lib/sla/service-level";
import { transitionFields } from "./change-ticket-status";
import { getVisibleTicket } from "./get-ticket";
import { lockTicket } from "./lock-ticket";
import { assertTicketPermission } from "./policy";
import { msg } from "@/lib/i18n/message";

/**
 * "Close ticket" (the customer's problem is solved) or reopen a closed/resolved one, judged on
 * the ticket as it is when the change is made.
 */
export async function setTicketClosed(
  actor: Actor,
  ticketId: string,
  closed: boolean,
  context: RequestContext,
) {
  assertTicketPermission(actor, closed ? "close" : "reopen");
  const { id } = await getVisibleTicket(actor, ticketId);
  await db.transaction(async (tx) => {
    const ticket = await lockTicket(tx, id);
    if (closed && ticket.status === "closed") {
      throw new DomainError("conflict", { message: msg("errors.tickets.alreadyClosed") });
    }
    if (!closed && ticket.status !== "closed" && ticket.status !== "resolved") {
      throw new DomainError("conflict", { message: msg("errors.tickets.alreadyOpen") });
    }
    const now = new Date();
    const status = closed ? "closed" : "open";
    const fields = await transitionFields(ticket, status, now, () =>
      findServiceLevel(tx, ticket.contractId),
    );
    await tx
      .update(tickets)
      .set({ ...fields, status, updatedAt: now })
      .where(eq(tickets.id, ticket.id));
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: closed ? "ticket.close" : "ticket.reopen",
      targetType: "ticket",
      targetId: ticket.id,
      details: { statusFrom: ticket.status },
      ...context,
    });
  });
}
