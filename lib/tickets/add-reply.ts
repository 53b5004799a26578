import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { ticketFollowers, ticketMessages, tickets, type TicketStatus } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { notifyStaff } from "@/lib/notifications/notify-staff";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/errors";
import type { RequestContext } from "@/lib/http/request-context";
import { resumeFields } from "@/lib/sla/pause";
import { findServiceLevel } from "@/lib/sla/service-level";
import { getVisibleTicket } from "./get-ticket";
import { lockTicket } from "./lock-ticket";
import { assertTicketPermission, isCustomer } from "./policy";
import type { ReplyInput } from "./schemas";
import { sendTicketUpdateEmail } from "./ticket-emails";
import { ticketRecipients } from "./ticket-recipients";

/**
 * A message on the ticket. A customer's reply to a ticket waiting for them or resolved reopens
 * it; a staff reply (not an internal note) notifies the requester and followers by email.
 */
export async function addReply(
  actor: Actor,
  ticketId: string,
  input: ReplyInput,
  context: RequestContext,
) {
  assertTicketPermission(actor, input.internal ? "internal_note" : "reply");
  const { id } = await getVisibleTicket(actor, ticketId);

  return db.transaction(async (tx) => {
    // The status a reply moves from is the one now, not the one the form was shown with.
    const ticket = await lockTicket(tx, id);
    if (ticket.status === "closed" && isCustomer(actor)) {
      throw new DomainError("invalid", {
        field: "body",
        message: "This ticket is closed. Reopen it to write again.",
      });
    }
    const [message] = await tx
      .insert(ticketMessages)
      .values({
        ticketId: ticket.id,
        authorId: actor.id,
        body: input.body,
        internal: input.internal,
      })
      .returning({ id: ticketMessages.id });
    const now = new Date();
    let status: TicketStatus = ticket.status;
    if (isCustomer(actor)) {
      if (ticket.status === "waiting_for_customer" || ticket.status === "resolved") status = "open";
      await tx
        .insert(ticketFollowers)
        .values({ ticketId: ticket.id, userId: actor.id })
        .onConflictDoNothing();
    } else if (!input.internal && ticket.status === "new") {
      status = "open";
    }
    // Reopening a ticket that waited for the customer starts its SLA clock again.
    const resumed =
      ticket.status === "waiting_for_customer" && status !== ticket.status
        ? resumeFields(ticket, await findServiceLevel(tx, ticket.contractId), now)
        : {};
    await tx
      .update(tickets)
      .set({
        status,
        ...resumed,
        updatedAt: now,
        resolvedAt: status === "open" ? null : ticket.resolvedAt,
        firstRespondedAt:
          !isCustomer(actor) && !input.internal
            ? (ticket.firstRespondedAt ?? now)
            : ticket.firstRespondedAt,
      })
      .where(eq(tickets.id, ticket.id));

    if (isCustomer(actor)) await notifyStaff(tx, "customer_reply", ticket, actor.id);
    if (!isCustomer(actor) && !input.internal) {
      for (const recipient of await ticketRecipients(tx, ticket.id, actor.id)) {
        await sendTicketUpdateEmail(tx, recipient, ticket, {
          headline: "New reply from CLICO support",
          body: "A support engineer replied to your ticket. Open it in the portal to read the reply and answer.",
        });
      }
    }
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: input.internal ? "ticket.internal_note" : "ticket.reply",
      targetType: "ticket",
      targetId: ticket.id,
      details:
        status !== ticket.status ? { statusFrom: ticket.status, statusTo: status } : undefined,
      ...context,
    });
    return { messageId: message!.id, status };
  });
}
