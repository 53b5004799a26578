import { and, eq, gt, gte, ilike, inArray, isNull, lte, ne, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import {
  assets,
  contracts,
  tickets,
  users,
  type ServiceLevel,
  type TicketPriority,
  type TicketStatus,
  type TicketType,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { readKeysetPage } from "@/lib/pagination/keyset";
import { containsPattern } from "@/lib/pagination/like";
import { slaState } from "@/lib/sla/due-times";
import {
  readSearched,
  requester,
  SEARCH_WALK_ROWS,
  searchWalkColumns,
  TICKET_SORTS,
  type SearchClient,
  type SearchTest,
  ticketListColumns,
  toPrefixQuery,
} from "./list-tickets";
import { assertTicketPermission, ticketVisibility } from "./policy";
import { queueQuerySchema, type QueueQueryInput, type QueueView } from "./queue-query";
import { parseTicketNumber } from "./ticket-number";

export type QueueItem = {
  id: string;
  number: number;
  subject: string;
  type: TicketType;
  status: TicketStatus;
  priority: TicketPriority;
  requesterName: string;
  requesterCompany: string;
  contractNumber: string | null;
  serviceLevel: ServiceLevel | null;
  vendor: string | null;
  product: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  createdAt: Date;
  updatedAt: Date;
  // What slaState() reads.
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  firstRespondedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  slaPausedAt: Date | null;
  slaPausedSeconds: number;
};

const ACTIVE_STATUSES: TicketStatus[] = ["new", "open", "waiting_for_customer"];
/** The "sla" view shows tickets due within this window, or already past it. */
const SLA_WINDOW_MS = 2 * 3_600_000;
const SLA_WINDOW = sql`now() + interval '2 hours'`;

/** Exact check of the "sla" view on a row SQL preselected: a running clock due within 2 h. */
function withinSlaWindow(item: QueueItem, now: Date): boolean {
  const { firstResponse, resolution } = slaState(item, now);
  return [firstResponse, resolution].some(
    (clock) =>
      (clock.state === "running" || clock.state === "at_risk" || clock.state === "breached") &&
      clock.secondsLeft !== null &&
      clock.dueAt !== null &&
      clock.dueAt.getTime() <= now.getTime() + SLA_WINDOW_MS,
  );
}

function viewCondition(view: QueueView, actor: Pick<Actor, "id">): SQL | undefined {
  switch (view) {
    case "open":
      return inArray(tickets.status, ["new", "open"]);
    case "unassigned":
      return and(isNull(tickets.assigneeId), inArray(tickets.status, ACTIVE_STATUSES));
    case "mine":
      return eq(tickets.assigneeId, actor.id);
    case "waiting":
      return eq(tickets.status, "waiting_for_customer");
    case "sla": {
      // Effective due times are the stored ones moved by the paused seconds, on the level's
      // clock (business hours for 8x5), so never earlier than stored + paused calendar
      // seconds, never earlier than stored. Both bounds are necessary conditions; the stored
      // one keeps tickets_open_due_idx usable, and withinSlaWindow() makes the page exact.
      const due = (column: typeof tickets.resolutionDueAt | typeof tickets.firstResponseDueAt) =>
        and(
          lte(column, SLA_WINDOW),
          sql`${column} + ${tickets.slaPausedSeconds} * interval '1 second' <= ${SLA_WINDOW}`,
        );
      return and(
        // The same status list as tickets_open_due_idx, so that partial index applies.
        inArray(tickets.status, ACTIVE_STATUSES),
        // A paused clock (waiting for the customer) cannot breach.
        or(ne(tickets.status, "waiting_for_customer"), isNull(tickets.slaPausedAt)),
        or(
          due(tickets.resolutionDueAt),
          and(isNull(tickets.firstRespondedAt), due(tickets.firstResponseDueAt)),
        ),
      );
    }
    case "all":
      return undefined;
    case "resolved":
      return and(
        inArray(tickets.status, ["resolved", "closed"]),
        gte(tickets.resolvedAt, sql`now() - interval '7 days'`),
      );
  }
}

/**
 * The search, as a test on a ticket's columns: ticket number, an asset's exact serial number
 * (case-insensitive, on assets_serial_number_idx, then tickets_asset_idx), words (as prefixes)
 * in subject and description, or in any message — internal notes included, staff see them.
 * Every test is on a column of tickets with its own index (the messages' words are kept per
 * ticket in messages_search_vector, so no statement reads the messages), and readSearched
 * picks between testing the view's rows in order and asking those indexes.
 */
async function searchTest(text: string): Promise<{ test: SearchTest; exact: boolean }> {
  const number = parseTicketNumber(text);
  const words = toPrefixQuery(text);
  const tsquery = words ? sql`to_tsquery('simple', ${words})` : null;
  const serial = text.trim();
  // The asset first (one probe), so the serial is a plain index condition in the OR.
  const assetIds =
    serial && !/\s/.test(serial)
      ? (
          await db
            .select({ id: assets.id })
            .from(assets)
            .where(sql`upper(${assets.serialNumber}) = upper(${serial})`)
        ).map((row) => row.id)
      : [];
  return {
    test: (row) =>
      or(
        number !== null ? sql`${row.number} = ${number}` : undefined,
        assetIds.length ? sql`${row.assetId} = any(${sql.param(assetIds)}::uuid[])` : undefined,
        tsquery ? sql`${row.searchVector} @@ ${tsquery}` : undefined,
        tsquery ? sql`${row.messagesSearchVector} @@ ${tsquery}` : undefined,
      ) ?? sql`false`,
    // A ticket number or a serial is one ticket or a few: straight to the indexes.
    exact: number !== null || assetIds.length > 0,
  };
}

/**
 * The support engineers' queue: one view, filters and search, one keyset page at a time
 * (no OFFSET, so page 50 costs what page 1 does).
 */
export async function listQueue(
  actor: Actor,
  rawQuery: QueueQueryInput = {},
  /** Tests lower walkRows to take the rare-term path (readSearched) on a few rows. */
  { walkRows = SEARCH_WALK_ROWS }: { walkRows?: number } = {},
): Promise<{ tickets: QueueItem[]; nextCursor: string | null }> {
  assertTicketPermission(actor, "queue");
  const query = queueQuerySchema.parse(rawQuery);
  const assignee = alias(users, "assignee");

  const conditions: Array<SQL | undefined> = [
    ticketVisibility(actor, "list"),
    viewCondition(query.view, actor),
  ];
  if (query.status.length) conditions.push(inArray(tickets.status, query.status));
  if (query.priority.length) conditions.push(inArray(tickets.priority, query.priority));
  if (query.type) conditions.push(eq(tickets.type, query.type));
  if (query.vendor) conditions.push(eq(tickets.vendor, query.vendor));
  if (query.contractId) conditions.push(eq(tickets.contractId, query.contractId));
  if (query.contract) {
    const pattern = containsPattern(query.contract);
    conditions.push(
      inArray(
        tickets.contractId,
        db.select({ id: contracts.id }).from(contracts).where(ilike(contracts.number, pattern)),
      ),
    );
  }
  if (query.company) conditions.push(ilike(requester.company, containsPattern(query.company)));
  if (query.assignee === "none") conditions.push(isNull(tickets.assigneeId));
  else if (query.assignee) conditions.push(eq(tickets.assigneeId, query.assignee));
  const search = query.q ? await searchTest(query.q) : undefined;

  const now = new Date();
  const page = await readKeysetPage(
    TICKET_SORTS[query.sort],
    { after: query.cursor, limit: query.limit },
    (keyset) => {
      const select = (where: SQL | undefined, client: SearchClient = db) =>
        client
          .select({
            ...ticketListColumns,
            requesterCompany: requester.company,
            serviceLevel: contracts.serviceLevel,
            assigneeId: tickets.assigneeId,
            assigneeName: sql<string | null>`${assignee.firstName} || ' ' || ${assignee.lastName}`,
            firstResponseDueAt: tickets.firstResponseDueAt,
            resolutionDueAt: tickets.resolutionDueAt,
            firstRespondedAt: tickets.firstRespondedAt,
            resolvedAt: tickets.resolvedAt,
            closedAt: tickets.closedAt,
            slaPausedAt: tickets.slaPausedAt,
            slaPausedSeconds: tickets.slaPausedSeconds,
            keysetKey: keyset.keysetKey,
          })
          .from(tickets)
          .innerJoin(requester, eq(requester.id, tickets.requesterId))
          .leftJoin(assignee, eq(assignee.id, tickets.assigneeId))
          .leftJoin(contracts, eq(contracts.id, tickets.contractId))
          .leftJoin(assets, eq(assets.id, tickets.assetId))
          .where(where)
          .orderBy(...keyset.orderBy)
          .limit(keyset.limit);
      const where = and(...conditions, keyset.where);
      if (!search) return select(where);
      return readSearched({
        where,
        test: search.test,
        limit: keyset.limit,
        walkRows: search.exact ? 0 : walkRows,
        // The view's own walk (the company filter reads the requester).
        walk: (walkWhere, limit) =>
          db
            .select(searchWalkColumns)
            .from(tickets)
            .innerJoin(requester, eq(requester.id, tickets.requesterId))
            .where(walkWhere)
            .orderBy(...keyset.orderBy)
            .limit(limit),
        read: select,
      });
    },
    // SQL preselects the "sla" view; the exact check reads on until the page is full.
    query.view === "sla" ? (item) => withinSlaWindow(item, now) : undefined,
  );
  return { tickets: page.items, nextCursor: page.nextCursor };
}

/**
 * How many tickets arrived after `since` (the queue page's render), for its "new tickets"
 * notice: on tickets_created_idx, bounded so a long-open page never counts the whole table.
 */
export async function countNewQueueTickets(actor: Actor, since: Date): Promise<number> {
  assertTicketPermission(actor, "queue");
  const rows = await db
    .select({ id: tickets.id })
    .from(tickets)
    .where(and(ticketVisibility(actor, "list"), gt(tickets.createdAt, since)))
    .limit(100);
  return rows.length;
}
