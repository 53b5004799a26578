import { and, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { contractActivations, tickets, type UserRole } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { forbidden } from "@/lib/errors";

export type TicketAction =
  | "list"
  | "queue"
  | "read"
  | "history"
  | "create"
  | "reply"
  | "internal_note"
  | "close"
  | "reopen"
  | "assign"
  | "change_status"
  | "change_priority"
  | "bulk_update"
  | "export";

/**
 * "all": every ticket; "shared": tickets the customer requested or that sit on a contract
 * activated on their account (administrative ones only their own); false: never. "queue" is
 * the staff queue, "history" a ticket's audit trail, "bulk_update" the queue's change-many form.
 */
type Scope = "all" | "shared" | false;

/** Support engineers and admins: every ticket, all but opening one in a customer's name. */
const STAFF_TICKETS: Record<TicketAction, Scope> = {
  list: "all",
  queue: "all",
  read: "all",
  history: "all",
  create: false,
  reply: "all",
  internal_note: "all",
  close: "all",
  reopen: "all",
  assign: "all",
  change_status: "all",
  change_priority: "all",
  bulk_update: "all",
  export: "all",
};

const TICKET_PERMISSIONS: Record<UserRole, Record<TicketAction, Scope>> = {
  customer: {
    list: "shared",
    queue: false,
    read: "shared",
    history: false,
    create: "shared",
    reply: "shared",
    internal_note: false,
    close: "shared",
    reopen: "shared",
    assign: false,
    change_status: false,
    change_priority: false,
    bulk_update: false,
    export: false,
  },
  support_engineer: STAFF_TICKETS,
  // The orders team issues contracts; tickets are not their business.
  orders_team: {
    list: false,
    queue: false,
    read: false,
    history: false,
    create: false,
    reply: false,
    internal_note: false,
    close: false,
    reopen: false,
    assign: false,
    change_status: false,
    change_priority: false,
    bulk_update: false,
    export: false,
  },
  admin: STAFF_TICKETS,
};

export function ticketScope(actor: Pick<Actor, "role">, action: TicketAction): Scope {
  return TICKET_PERMISSIONS[actor.role][action];
}

export function assertTicketPermission(
  actor: Pick<Actor, "role">,
  action: TicketAction,
): "all" | "shared" {
  const scope = ticketScope(actor, action);
  if (!scope) throw forbidden();
  return scope;
}

/** Ticket ids' contracts the customer shares: a subquery, so it stays one round trip. */
export const activatedContractIds = (userId: string) =>
  sql`(select ${contractActivations.contractId} from ${contractActivations} where ${contractActivations.userId} = ${userId})`;

/**
 * The WHERE condition limiting a tickets query to what the actor may see for `action`
 * (undefined = all). Always part of the query, so a missed check still finds nothing.
 */
export function ticketVisibility(
  actor: Pick<Actor, "id" | "role">,
  action: TicketAction = "read",
): SQL | undefined {
  if (assertTicketPermission(actor, action) === "all") return undefined;
  return or(
    eq(tickets.requesterId, actor.id),
    and(eq(tickets.type, "support"), inArray(tickets.contractId, activatedContractIds(actor.id))),
  );
}

export const isCustomer = (actor: Pick<Actor, "role">) => actor.role === "customer";

/**
 * The same rule as `ticketVisibility` for list queries: the customer's contract ids are read
 * first and inlined, because an OR around a subquery stops PostgreSQL from combining the
 * requester and contract indexes (a search over a million tickets then walks them all).
 */
export async function ticketListVisibility(
  actor: Pick<Actor, "id" | "role">,
): Promise<SQL | undefined> {
  if (assertTicketPermission(actor, "list") === "all") return undefined;
  const rows = await db
    .select({ contractId: contractActivations.contractId })
    .from(contractActivations)
    .where(eq(contractActivations.userId, actor.id));
  const contractIds = rows.map((row) => row.contractId);
  return contractIds.length
    ? or(
        eq(tickets.requesterId, actor.id),
        and(eq(tickets.type, "support"), inArray(tickets.contractId, contractIds)),
      )
    : eq(tickets.requesterId, actor.id);
}
