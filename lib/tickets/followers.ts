import { and, asc, eq, notExists, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db/client";
import { contractActivations, ticketFollowers, users, type Ticket } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/errors";
import type { RequestContext } from "@/lib/http/request-context";
import { personName } from "@/lib/format";
import { getVisibleTicket } from "./get-ticket";
import { isCustomer } from "./policy";
import { sendFollowerAddedEmail } from "./ticket-emails";
import { msg } from "@/lib/i18n/message";

// Followers (CC): customers who get a ticket's emails besides the requester (ticketRecipients).
// Who may change them: the requester and the ticket's followers, customers only. Whom: active
// customers who have the ticket's contract activated, so a follower can always open the ticket
// the emails are about. Administrative requests have no contract and only their requester may
// read them, so they take no followers.

export type Follower = {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  isRequester: boolean;
};

export type TicketFollowers = {
  followers: Follower[];
  /** Colleagues the actor may add: empty unless `canChange`. */
  candidates: Omit<Follower, "isRequester">[];
  /** The actor may add and remove followers (shows the forms). */
  canChange: boolean;
  /** False for administrative requests, which only their requester sees. */
  acceptsFollowers: boolean;
};

const person = {
  id: users.id,
  firstName: users.firstName,
  lastName: users.lastName,
  email: users.email,
};

/** Active customers who have the contract activated: the people who may follow its tickets. */
const onContract = (contractId: string) =>
  and(
    eq(users.role, "customer"),
    eq(users.status, "active"),
    sql`exists (select 1 from ${contractActivations} where ${contractActivations.contractId} = ${contractId} and ${contractActivations.userId} = ${users.id})`,
  );

const NO_CONTRACT = msg("errors.tickets.followers.administrative");

async function mayChange(tx: DbOrTx, actor: Actor, ticket: Ticket) {
  if (!isCustomer(actor) || !ticket.contractId) return false;
  if (ticket.requesterId === actor.id) return true;
  const [row] = await tx
    .select({ userId: ticketFollowers.userId })
    .from(ticketFollowers)
    .where(and(eq(ticketFollowers.ticketId, ticket.id), eq(ticketFollowers.userId, actor.id)))
    .limit(1);
  return Boolean(row);
}

/** The ticket's customer followers, and what the actor may change about them. */
export async function getTicketFollowers(actor: Actor, ticketId: string): Promise<TicketFollowers> {
  const ticket = await getVisibleTicket(actor, ticketId);
  const followers = await db
    .select({ ...person, isRequester: sql<boolean>`${users.id} = ${ticket.requesterId}` })
    .from(ticketFollowers)
    .innerJoin(users, eq(users.id, ticketFollowers.userId))
    .where(and(eq(ticketFollowers.ticketId, ticket.id), eq(users.role, "customer")))
    .orderBy(sql`${users.id} <> ${ticket.requesterId}`, asc(users.lastName), asc(users.firstName));
  if (!ticket.contractId)
    return { followers, candidates: [], canChange: false, acceptsFollowers: false };
  const canChange = await mayChange(db, actor, ticket);
  const candidates = canChange
    ? await db
        .select(person)
        .from(users)
        .where(
          and(
            onContract(ticket.contractId),
            notExists(
              db
                .select({ one: sql`1` })
                .from(ticketFollowers)
                .where(
                  and(
                    eq(ticketFollowers.ticketId, ticket.id),
                    eq(ticketFollowers.userId, users.id),
                  ),
                ),
            ),
          ),
        )
        .orderBy(asc(users.lastName), asc(users.firstName))
    : [];
  return { followers, candidates, canChange, acceptsFollowers: true };
}

/** The ticket, once the actor may change its followers; not_found if they may not read it. */
async function ticketToChange(actor: Actor, ticketId: string) {
  const ticket = await getVisibleTicket(actor, ticketId);
  if (!ticket.contractId) throw new DomainError("forbidden", { message: NO_CONTRACT });
  if (!(await mayChange(db, actor, ticket)))
    throw new DomainError("forbidden", {
      message: msg("errors.tickets.followers.onlyFollowersChange"),
    });
  return ticket as Ticket & { contractId: string };
}

const NOT_A_COLLEAGUE = msg("errors.tickets.followers.notAColleague");

/**
 * Adds a colleague on the ticket's contract as a follower, and tells them by email; adding one
 * twice changes nothing and sends nothing.
 */
export async function addFollower(
  actor: Actor,
  ticketId: string,
  userId: string,
  context: RequestContext,
): Promise<Omit<Follower, "isRequester">> {
  const ticket = await ticketToChange(actor, ticketId);
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ ...person, locale: users.locale })
      .from(users)
      .where(and(eq(users.id, userId), onContract(ticket.contractId)));
    if (!found) throw new DomainError("invalid", { field: "userId", message: NOT_A_COLLEAGUE });
    const { locale, ...colleague } = found;
    const added = await tx
      .insert(ticketFollowers)
      .values({ ticketId: ticket.id, userId })
      .onConflictDoNothing()
      .returning({ userId: ticketFollowers.userId });
    if (!added.length) return colleague;
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "ticket.follower_add",
      targetType: "ticket",
      targetId: ticket.id,
      details: { userId },
      ...context,
    });
    await sendFollowerAddedEmail(tx, { ...colleague, locale }, ticket, personName(actor));
    return colleague;
  });
}

/** Removes a customer follower (oneself too); the requester always follows their ticket. */
export async function removeFollower(
  actor: Actor,
  ticketId: string,
  userId: string,
  context: RequestContext,
): Promise<void> {
  const ticket = await ticketToChange(actor, ticketId);
  if (userId === ticket.requesterId)
    throw new DomainError("invalid", {
      message: msg("errors.tickets.followers.requesterAlwaysFollows"),
    });
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(ticketFollowers)
      .where(
        and(
          eq(ticketFollowers.ticketId, ticket.id),
          eq(ticketFollowers.userId, userId),
          sql`${ticketFollowers.userId} in (select ${users.id} from ${users} where ${users.role} = 'customer')`,
        ),
      )
      .returning({ userId: ticketFollowers.userId });
    if (!removed.length) return; // already gone: the page shows it so
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "ticket.follower_remove",
      targetType: "ticket",
      targetId: ticket.id,
      details: { userId },
      ...context,
    });
  });
}
