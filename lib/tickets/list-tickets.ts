import { and, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { assets, contracts, tickets, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { ticketListVisibility } from "./policy";
import { ticketListQuerySchema, type TicketListQuery } from "./schemas";
import { parseTicketNumber } from "./ticket-number";

export type TicketListItem = {
  id: string;
  number: number;
  subject: string;
  type: "administrative" | "support";
  status: "new" | "open" | "waiting_for_customer" | "resolved" | "closed";
  priority: "critical" | "high" | "normal" | "low";
  createdAt: Date;
  updatedAt: Date;
  requesterName: string;
  contractNumber: string | null;
  product: string | null;
  vendor: string | null;
};

type Cursor = { at: string; id: string };
const encodeCursor = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString("base64url");
function decodeCursor(text: string | undefined): Cursor | null {
  if (!text) return null;
  try {
    const value = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as Partial<Cursor>;
    return typeof value.at === "string" &&
      typeof value.id === "string" &&
      /^[\d\-:. +T]{10,40}$/.test(value.at) &&
      /^[0-9a-f-]{36}$/i.test(value.id)
      ? { at: value.at, id: value.id }
      : null;
  } catch {
    return null;
  }
}

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
  const sortColumn = query.sort === "updated" ? tickets.updatedAt : tickets.createdAt;
  const descending = query.sort !== "oldest";
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
  const cursor = decodeCursor(query.cursor);
  if (cursor) {
    // The cursor keeps PostgreSQL's own text of the timestamp: microseconds survive the trip.
    const after = sql`(${sortColumn}, ${tickets.id}) ${sql.raw(descending ? "<" : ">")} (${cursor.at}::timestamptz, ${cursor.id}::uuid)`;
    conditions.push(after);
  }

  const requester = alias(users, "requester");
  const direction = sql.raw(descending ? "desc" : "asc");
  const rows = await db
    .select({
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
      sortKey: sql<string>`${sortColumn}::text`,
    })
    .from(tickets)
    .innerJoin(requester, eq(requester.id, tickets.requesterId))
    .leftJoin(contracts, eq(contracts.id, tickets.contractId))
    .leftJoin(assets, eq(assets.id, tickets.assetId))
    .where(and(...conditions))
    // NULLS LAST matches the (… DESC NULLS LAST, id DESC NULLS LAST) indexes.
    .orderBy(sql`${sortColumn} ${direction} nulls last`, sql`${tickets.id} ${direction} nulls last`)
    .limit(query.limit + 1);

  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > query.limit && last ? encodeCursor({ at: last.sortKey, id: last.id }) : null;
  return {
    tickets: page.map(({ sortKey: _sortKey, ...ticket }) => ticket as TicketListItem),
    nextCursor,
  };
}
