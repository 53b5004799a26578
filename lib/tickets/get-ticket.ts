import { and, asc, eq, isNull, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { assets, attachments, contracts, ticketMessages, tickets, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/errors";
import { isCustomer, ticketVisibility } from "./policy";

const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

const ticketNotFound = () =>
  new DomainError("not_found", {
    message: "This ticket was not found or you no longer have access to it.",
  });

/** The ticket row if the actor may read it; `not_found` otherwise (never "forbidden": no hint it exists). */
export async function getVisibleTicket(actor: Actor, ticketId: string) {
  if (!isUuid(ticketId)) throw ticketNotFound();
  const [ticket] = await db
    .select()
    .from(tickets)
    .where(and(eq(tickets.id, ticketId), ticketVisibility(actor, "read")))
    .limit(1);
  if (!ticket) throw ticketNotFound();
  return ticket;
}

/**
 * A ticket with what its page shows. Customers get the conversation without staff-internal
 * notes and without attachments of those notes.
 */
export async function getTicket(actor: Actor, ticketId: string) {
  const ticket = await getVisibleTicket(actor, ticketId);
  const requester = alias(users, "requester");
  const assignee = alias(users, "assignee");
  const [details] = await db
    .select({
      requester: {
        id: requester.id,
        firstName: requester.firstName,
        lastName: requester.lastName,
        company: requester.company,
        email: requester.email,
      },
      assigneeName: assignee.firstName,
      assigneeLastName: assignee.lastName,
      asset: {
        id: assets.id,
        vendor: assets.vendor,
        product: assets.product,
        serialNumber: assets.serialNumber,
        description: assets.description,
      },
      contract: {
        id: contracts.id,
        number: contracts.number,
        customerName: contracts.customerName,
        serviceLevel: contracts.serviceLevel,
        validFrom: contracts.validFrom,
        validTo: contracts.validTo,
      },
    })
    .from(tickets)
    .innerJoin(requester, eq(requester.id, tickets.requesterId))
    .leftJoin(assignee, eq(assignee.id, tickets.assigneeId))
    .leftJoin(assets, eq(assets.id, tickets.assetId))
    .leftJoin(contracts, eq(contracts.id, tickets.contractId))
    .where(eq(tickets.id, ticket.id));

  const customerView = isCustomer(actor);
  const messages = await db
    .select({
      id: ticketMessages.id,
      body: ticketMessages.body,
      internal: ticketMessages.internal,
      createdAt: ticketMessages.createdAt,
      authorId: users.id,
      authorFirstName: users.firstName,
      authorLastName: users.lastName,
      authorRole: users.role,
    })
    .from(ticketMessages)
    .innerJoin(users, eq(users.id, ticketMessages.authorId))
    .where(
      and(
        eq(ticketMessages.ticketId, ticket.id),
        customerView ? eq(ticketMessages.internal, false) : undefined,
      ),
    )
    .orderBy(asc(ticketMessages.createdAt), asc(ticketMessages.id));

  const files = await db
    .select({
      id: attachments.id,
      messageId: attachments.messageId,
      fileName: attachments.fileName,
      contentType: attachments.contentType,
      sizeBytes: attachments.sizeBytes,
      createdAt: attachments.createdAt,
    })
    .from(attachments)
    .leftJoin(ticketMessages, eq(ticketMessages.id, attachments.messageId))
    .where(
      and(
        eq(attachments.ticketId, ticket.id),
        // an attachment of an internal note is as internal as the note
        customerView
          ? or(isNull(attachments.messageId), eq(ticketMessages.internal, false))
          : undefined,
      ),
    )
    .orderBy(asc(attachments.createdAt));

  return {
    ticket,
    requester: details!.requester,
    assigneeName: details!.assigneeName
      ? `${details!.assigneeName} ${details!.assigneeLastName}`
      : null,
    asset: details!.asset?.id ? details!.asset : null,
    contract: details!.contract?.id ? details!.contract : null,
    messages,
    attachments: files,
  };
}
