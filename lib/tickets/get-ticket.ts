import { and, asc, desc, eq, getTableColumns, isNull, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { assets, attachments, contracts, ticketMessages, tickets, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/errors";
import { isCustomer, ticketVisibility } from "./policy";
import { msg } from "@/lib/i18n/message";

const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

const ticketNotFound = () =>
  new DomainError("not_found", {
    message: msg("errors.tickets.notFound"),
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

/** The id of the ticket with this number, if the actor may read it: "CS-000123" typed in a search. */
export async function findTicketIdByNumber(actor: Actor, number: number): Promise<string | null> {
  const [ticket] = await db
    .select({ id: tickets.id })
    .from(tickets)
    .where(and(eq(tickets.number, number), ticketVisibility(actor, "read")))
    .limit(1);
  return ticket?.id ?? null;
}

/** How many messages a ticket page shows at once: the newest, or those before a cursor. */
export const MESSAGE_PAGE_SIZE = 50;

/**
 * A ticket with what its page shows. Customers get the conversation without staff-internal
 * notes and without attachments of those notes. The conversation is bounded: the newest
 * MESSAGE_PAGE_SIZE messages, or with `before` (a message id, from `earlierCursor`) the ones
 * just before that message, oldest first either way; `earlierCursor` is set when there are
 * earlier ones. A `before` that is not a message of this conversation shows the newest.
 */
export async function getTicket(
  actor: Actor,
  ticketId: string,
  { before }: { before?: string } = {},
) {
  if (!isUuid(ticketId)) throw ticketNotFound();
  const requester = alias(users, "requester");
  const assignee = alias(users, "assignee");
  // The ticket, checked as getVisibleTicket does, with its people, asset and contract: one query.
  const [details] = await db
    .select({
      ticket: getTableColumns(tickets),
      requester: {
        id: requester.id,
        firstName: requester.firstName,
        lastName: requester.lastName,
        company: requester.company,
        email: requester.email,
        /** The language they chose (null: none yet, so their emails are English). */
        locale: requester.locale,
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
    .where(and(eq(tickets.id, ticketId), ticketVisibility(actor, "read")))
    .limit(1);
  if (!details) throw ticketNotFound();
  const { ticket } = details;

  const customerView = isCustomer(actor);
  const visible = and(
    eq(ticketMessages.ticketId, ticket.id),
    customerView ? eq(ticketMessages.internal, false) : undefined,
  );
  let cursor: string | undefined;
  if (before && isUuid(before)) {
    const [found] = await db
      .select({ id: ticketMessages.id })
      .from(ticketMessages)
      .where(and(visible, eq(ticketMessages.id, before)))
      .limit(1);
    cursor = found?.id;
  }
  // Newest first, one more than shown to know whether there are earlier ones; the cursor's own
  // timestamp is compared in SQL (a JavaScript Date would drop its microseconds).
  const newestFirst = await db
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
        visible,
        cursor
          ? sql`(${ticketMessages.createdAt}, ${ticketMessages.id}) < (select m.created_at, m.id from ticket_messages m where m.id = ${cursor})`
          : undefined,
      ),
    )
    .orderBy(desc(ticketMessages.createdAt), desc(ticketMessages.id))
    .limit(MESSAGE_PAGE_SIZE + 1);
  const hasEarlier = newestFirst.length > MESSAGE_PAGE_SIZE;
  const messages = newestFirst.slice(0, MESSAGE_PAGE_SIZE).reverse();

  const files = await db
    .select({
      id: attachments.id,
      messageId: attachments.messageId,
      fileName: attachments.fileName,
      contentType: attachments.contentType,
      sizeBytes: attachments.sizeBytes,
      createdAt: attachments.createdAt,
      /** On an internal note (staff only). */
      internal: sql<boolean>`coalesce(${ticketMessages.internal}, false)`,
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
    requester: details.requester,
    assigneeName: details.assigneeName
      ? `${details.assigneeName} ${details.assigneeLastName}`
      : null,
    asset: details.asset?.id ? details.asset : null,
    contract: details.contract?.id ? details.contract : null,
    messages,
    /** Pass as `before` for the messages before those shown; null at the conversation's start. */
    earlierCursor: hasEarlier ? messages[0]!.id : null,
    /** Whether these are the newest messages (no `before`). */
    isLatest: !cursor,
    attachments: files,
  };
}
