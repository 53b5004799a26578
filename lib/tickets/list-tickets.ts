import { and, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import {
  assets,
  contracts,
  tickets,
  users,
  type TicketPriority,
  type TicketStatus,
  type TicketType,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { readKeysetPage, type KeysetSort } from "@/lib/pagination/keyset";
import { parseSearchParams, type SearchParams } from "@/lib/pagination/search-params";
import { ticketListVisibility } from "./policy";
import { ticketListQuerySchema, type TicketListQuery } from "./schemas";
import { parseTicketNumber } from "./ticket-number";

export type TicketListItem = {
  id: string;
  number: number;
  subject: string;
  type: TicketType;
  status: TicketStatus;
  priority: TicketPriority;
  createdAt: Date;
  updatedAt: Date;
  requesterName: string;
  contractNumber: string | null;
  product: string | null;
  vendor: string | null;
};

const ticketSort = (
  name: string,
  key: KeysetSort["key"],
  { descending = true, nullable = false } = {},
): KeysetSort => ({
  name,
  key,
  kind: "timestamp",
  descending,
  nullable,
  id: tickets.id,
  idKind: "uuid",
});

/** The orders of the ticket lists (the customers' uses the first three). */
export const TICKET_SORTS = {
  updated: ticketSort("updated", tickets.updatedAt),
  created: ticketSort("created", tickets.createdAt),
  oldest: ticketSort("oldest", tickets.createdAt, { descending: false }),
  due: ticketSort("due", tickets.resolutionDueAt, { descending: false, nullable: true }),
};

/** The ticket's requester, as both ticket lists join it. */
export const requester = alias(users, "requester");

/** What both ticket lists show of a ticket (join `requester`, contracts and assets). */
export const ticketListColumns = {
  id: tickets.id,
  number: tickets.number,
  subject: tickets.subject,
  type: tickets.type,
  status: tickets.status,
  priority: tickets.priority,
  createdAt: tickets.createdAt,
  updatedAt: tickets.updatedAt,
  requesterName: sql<string>`${requester.firstName} || ' ' || ${requester.lastName}`,
  contractNumber: contracts.number,
  product: assets.product,
  vendor: tickets.vendor,
};

/** A tickets list query from the URL, and why any parameter was dropped. */
export const readTicketSearchParams = (params: SearchParams) =>
  parseSearchParams(ticketListQuerySchema, params, { contractId: "contract" });

/** Words typed into search, each as a prefix: "ipsec tun" finds "IPsec tunnel". */
export function toPrefixQuery(text: string): string | null {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
  return words.length ? words.map((word) => `${word}:*`).join(" & ") : null;
}

/**
 * The tickets the actor may see, newest activity first by default, filtered and searched,
 * one keyset page at a time (no OFFSET, so page 1,000 costs what page 1 does).
 */
export async function listTickets(actor: Actor, rawQuery: TicketListQuery = {}) {
  const query = ticketListQuerySchema.parse(rawQuery);
  const conditions: Array<SQL | undefined> = [await ticketListVisibility(actor)];

  if (query.status.length) conditions.push(inArray(tickets.status, query.status));
  if (query.priority.length) conditions.push(inArray(tickets.priority, query.priority));
  if (query.type) conditions.push(eq(tickets.type, query.type));
  if (query.contractId) conditions.push(eq(tickets.contractId, query.contractId));
  if (query.q) {
    const number = parseTicketNumber(query.q);
    const words = toPrefixQuery(query.q);
    const byText = words
      ? sql`${tickets.searchVector} @@ to_tsquery('simple', ${words})`
      : undefined;
    conditions.push(
      number !== null ? or(eq(tickets.number, number), byText) : (byText ?? sql`false`),
    );
  }
  const page = await readKeysetPage(
    TICKET_SORTS[query.sort],
    { after: query.cursor, limit: query.limit },
    (keyset) =>
      db
        .select({
          ...ticketListColumns,
          keysetKey: keyset.keysetKey,
        })
        .from(tickets)
        .innerJoin(requester, eq(requester.id, tickets.requesterId))
        .leftJoin(contracts, eq(contracts.id, tickets.contractId))
        .leftJoin(assets, eq(assets.id, tickets.assetId))
        .where(and(...conditions, keyset.where))
        .orderBy(...keyset.orderBy)
        .limit(keyset.limit),
  );
  return { tickets: page.items as TicketListItem[], nextCursor: page.nextCursor };
}
