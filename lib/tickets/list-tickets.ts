import { and, eq, inArray, or, sql, type AnyColumn, type SQL, type SQLWrapper } from "drizzle-orm";
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
 * How many rows of a list, in its order, a search first tests. A word on more than one row in
 * 20 of the list fills a page of 50 within them; a rarer one is found through the indexes,
 * whose bitmaps are small for such a word (measured at 1M tickets: a word on 5% of the
 * tickets, 50,000 postings, builds its bitmap in ~30 ms; on 25%, 250,000, in 100–200 ms —
 * those fill the page within ~200 rows of the walk, ~10 ms).
 */
export const SEARCH_WALK_ROWS = 1000;

/** The columns a search tests, as a list's walk selects them (see readSearched). */
export const searchWalkColumns = {
  id: tickets.id,
  number: tickets.number,
  assetId: tickets.assetId,
  searchVector: tickets.searchVector,
  messagesSearchVector: tickets.messagesSearchVector,
};

type SearchColumn = SQL | AnyColumn;
/** A search, as a test on a row's columns: the table's, or the walk's (`w.…`). */
export type SearchTest = (row: {
  number: SearchColumn;
  assetId: SearchColumn;
  searchVector: SearchColumn;
  messagesSearchVector: SearchColumn;
}) => SQL;

const walked = {
  number: sql`w.number`,
  assetId: sql`w.asset_id`,
  searchVector: sql`w.search_vector`,
  messagesSearchVector: sql`w.messages_search_vector`,
};

/**
 * One read of a searched list at a cost that does not grow with how common the term is.
 * PostgreSQL's own choice between walking the list in its order testing each row (cheap when
 * matches are common) and ANDing the search's GIN bitmaps with the list's (cheap when they are
 * rare) rests on estimates that prefix queries get wrong by 10× (measured at 1M tickets:
 * "tunnel:*" estimated at 20,000 messages' tickets, 250,000 found), and a common word on the
 * bitmap path (200–700 ms building that bitmap) or a rare one on the walk path (every row of
 * the view) is the stall. So the choice is made by looking:
 * 1. walk the list past the cursor in its order — the list's own query, so the same index walk
 *    or top-N sort as the unsearched list — testing each row, and stop at the page's `limit`
 *    matches or after `walkRows` rows. A common word stops within a few hundred rows; a list
 *    with no more rows than that is searched exactly either way;
 * 2. read the page by the matching ids (primary-key probes);
 * 3. only when the walk ran out first is the term rare here: the searched query on the
 *    search's indexes — each arm of its OR has one, so their bitmaps ORed, ANDed with the
 *    list's and the few rows sorted. Plain index scans (and seq scans) are switched off for
 *    that one statement, because the planner, estimating a word common overall, would walk
 *    the whole view in order instead (measured: "bgp", in 5% of tickets but none of "mine",
 *    140–400 ms walking its 33,000 rows; 40 ms on the bitmaps).
 * `read` runs the list's query with the given WHERE (permissions, filters and the cursor's
 * part, all in `where`) and its ORDER BY and LIMIT on the given client; `walk` the same with
 * `searchWalkColumns`.
 */
export async function readSearched<R>({
  where,
  test,
  limit,
  walkRows = SEARCH_WALK_ROWS,
  walk,
  read,
}: {
  where: SQL | undefined;
  test: SearchTest;
  limit: number;
  walkRows?: number;
  walk: (where: SQL | undefined, limit: number) => SQLWrapper;
  read: (where: SQL | undefined, client: SearchClient) => Promise<R[]>;
}): Promise<R[]> {
  if (walkRows > 0) {
    // The subquery keeps the walk's order and LIMIT; the test runs on each row it yields, and
    // the outer LIMIT stops the walk at the page's last match. Row walkRows marks a cut walk.
    const { rows } = await db.execute<{ id: string; hit: boolean; n: string }>(sql`
      select id, hit, n from (
        select w.id, coalesce(${test(walked)}, false) as hit, row_number() over () as n
        from (${walk(where, walkRows)}) w
      ) walked
      where hit or n = ${walkRows}
      limit ${limit + 1}`);
    const hits = rows.filter((row) => row.hit).map((row) => row.id);
    const cut = rows.some((row) => Number(row.n) === walkRows);
    if (hits.length >= limit || !cut) {
      if (!hits.length) return [];
      return read(and(where, sql`${tickets.id} = any(${sql.param(hits)}::uuid[])`), db);
    }
  }
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('enable_indexscan', 'off', true), set_config('enable_seqscan', 'off', true)`,
    );
    return read(and(where, test(searchedTable)), tx);
  });
}

/** What a searched list's `read` runs on: the pool, or readSearched's transaction. */
export type SearchClient = Pick<typeof db, "select">;

const searchedTable = {
  number: tickets.number,
  assetId: tickets.assetId,
  searchVector: tickets.searchVector,
  messagesSearchVector: tickets.messagesSearchVector,
};

/**
 * The tickets the actor may see, newest activity first by default, filtered and searched,
 * one keyset page at a time (no OFFSET, so page 1,000 costs what page 1 does).
 */
export async function listTickets(
  actor: Actor,
  rawQuery: TicketListQuery = {},
  /** Tests lower walkRows to take the rare-term path (readSearched) on a few rows. */
  { walkRows = SEARCH_WALK_ROWS }: { walkRows?: number } = {},
) {
  const query = ticketListQuerySchema.parse(rawQuery);
  const conditions: Array<SQL | undefined> = [await ticketListVisibility(actor)];

  if (query.status.length) conditions.push(inArray(tickets.status, query.status));
  if (query.priority.length) conditions.push(inArray(tickets.priority, query.priority));
  if (query.type) conditions.push(eq(tickets.type, query.type));
  if (query.contractId) conditions.push(eq(tickets.contractId, query.contractId));
  let test: SearchTest | undefined;
  if (query.q) {
    const number = parseTicketNumber(query.q);
    const words = toPrefixQuery(query.q);
    test = (row) => {
      const byText = words ? sql`${row.searchVector} @@ to_tsquery('simple', ${words})` : undefined;
      return number !== null ? or(sql`${row.number} = ${number}`, byText)! : (byText ?? sql`false`);
    };
    // A ticket number is one ticket: straight to the indexes.
    if (number !== null) walkRows = 0;
  }
  const page = await readKeysetPage(
    TICKET_SORTS[query.sort],
    { after: query.cursor, limit: query.limit },
    (keyset) => {
      const select = (where: SQL | undefined, limit: number, client: SearchClient = db) =>
        client
          .select({
            ...ticketListColumns,
            keysetKey: keyset.keysetKey,
          })
          .from(tickets)
          .innerJoin(requester, eq(requester.id, tickets.requesterId))
          .leftJoin(contracts, eq(contracts.id, tickets.contractId))
          .leftJoin(assets, eq(assets.id, tickets.assetId))
          .where(where)
          .orderBy(...keyset.orderBy)
          .limit(limit);
      // The visibility is in `where` of every statement, the walk's too.
      const where = and(...conditions, keyset.where);
      if (!test) return select(where, keyset.limit);
      return readSearched({
        where,
        test,
        limit: keyset.limit,
        walkRows,
        walk: (walkWhere, limit) =>
          db
            .select(searchWalkColumns)
            .from(tickets)
            .where(walkWhere)
            .orderBy(...keyset.orderBy)
            .limit(limit),
        read: (readWhere, client) => select(readWhere, keyset.limit, client),
      });
    },
  );
  return { tickets: page.items as TicketListItem[], nextCursor: page.nextCursor };
}
