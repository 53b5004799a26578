import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { ticketFollowers, ticketMessages, tickets, type TicketStatus } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { notifyStaff } from "@/lib/notifications/notify-staff";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/errors";
import type { RequestContext } from "@/lib/http/request-context";
import { findServiceLevel } from "@/lib/sla/service-level";
import { getVisibleTicket } from "./get-ticket";
import { assertStaffStatusTarget, transitionFields } from "./change-ticket-status";
import { lockTicket } from "./lock-ticket";
import { assertTicketPermission, isCustomer } from "./policy";
import type { ReplyInput } from "./schemas";
import { sendTicketUpdateEmail } from "./ticket-emails";
import { ticketRecipients } from "./ticket-recipients";
import { msg } from "@/lib/i18n/message";

/**
 * A message on the ticket. A customer's reply to a ticket waiting for them or resolved reopens
 * it; a staff reply (not an internal note) notifies the requester and followers by email.
 * A staff reply may also set the status ("Send and set Waiting for customer"): one
 * transaction, one audit event with the status's from/to, and one email per recipient that
 * tells both. Asking for the status the ticket already has just sends the reply.
 */
export async function addReply(
  actor: Actor,
  ticketId: string,
  input: ReplyInput & { status?: TicketStatus },
  context: RequestContext,
) {
  assertTicketPermission(actor, input.internal ? "internal_note" : "reply");
  if (input.status !== undefined) {
    assertTicketPermission(actor, "change_status");
    if (input.internal) {
      throw new DomainError("invalid", {
        field: "status",
        message: msg("errors.tickets.statusWithNote"),
      });
    }
    assertStaffStatusTarget(input.status);
  }
  const { id } = await getVisibleTicket(actor, ticketId);

  return db.transaction(async (tx) => {
    // The status a reply moves from is the one now, not the one the form was shown with.
    const ticket = await lockTicket(tx, id);
    if (ticket.status === "closed" && isCustomer(actor)) {
      throw new DomainError("invalid", {
        field: "body",
        message: msg("errors.tickets.closedNoReply"),
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
    } else if (input.status !== undefined) {
      status = input.status;
    } else if (!input.internal && ticket.status === "new") {
      status = "open";
    }
    // The same stamps and SLA pause/resume as any status change (reopening a ticket that
    // waited for the customer starts its SLA clock again).
    const moved =
      status !== ticket.status
        ? await transitionFields(ticket, status, now, () => findServiceLevel(tx, ticket.contractId))
        : {};
    await tx
      .update(tickets)
      .set({
        status,
        ...moved,
        updatedAt: now,
        firstRespondedAt:
          !isCustomer(actor) && !input.internal
            ? (ticket.firstRespondedAt ?? now)
            : ticket.firstRespondedAt,
      })
      .where(eq(tickets.id, ticket.id));

    if (isCustomer(actor)) await notifyStaff(tx, "customer_reply", ticket, actor.id);
    if (!isCustomer(actor) && !input.internal) {
      const setStatus = input.status !== undefined && status !== ticket.status;
      for (const recipient of await ticketRecipients(tx, ticket.id, actor.id)) {
        await sendTicketUpdateEmail(
          tx,
          recipient,
          ticket,
          setStatus ? { kind: "replyAndStatus", status } : { kind: "reply" },
        );
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
