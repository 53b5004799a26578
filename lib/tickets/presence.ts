import { and, eq, gt, ne, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { ticketPresence, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getVisibleTicket } from "./get-ticket";
import { assertTicketPermission } from "./policy";

/** A page that has not reported for this long has been closed. */
export const PRESENCE_SECONDS = 30;
/** A keystroke counts as typing for this long. */
export const TYPING_SECONDS = 10;

export type PresentColleague = { name: string; typing: boolean };

/**
 * The staff ticket page's heartbeat: records that the actor has the ticket open (and is typing,
 * when `typing`), and answers which colleagues have it open within PRESENCE_SECONDS.
 */
export async function reportPresence(
  actor: Actor,
  ticketId: string,
  typing: boolean,
): Promise<PresentColleague[]> {
  assertTicketPermission(actor, "queue");
  const ticket = await getVisibleTicket(actor, ticketId);
  const typingUntil = typing ? sql`now() + ${`${TYPING_SECONDS} seconds`}::interval` : null;
  await db
    .insert(ticketPresence)
    .values({ ticketId: ticket.id, userId: actor.id, typingUntil })
    .onConflictDoUpdate({
      target: [ticketPresence.ticketId, ticketPresence.userId],
      set: {
        seenAt: sql`now()`,
        // a report without typing leaves a recent keystroke counting
        typingUntil: typing ? typingUntil : sql`${ticketPresence.typingUntil}`,
      },
    });
  const present = await db
    .select({
      firstName: users.firstName,
      lastName: users.lastName,
      typing: sql<boolean>`coalesce(${ticketPresence.typingUntil} > now(), false)`,
    })
    .from(ticketPresence)
    .innerJoin(users, eq(users.id, ticketPresence.userId))
    .where(
      and(
        eq(ticketPresence.ticketId, ticket.id),
        ne(ticketPresence.userId, actor.id),
        gt(ticketPresence.seenAt, sql`now() - ${`${PRESENCE_SECONDS} seconds`}::interval`),
      ),
    )
    .orderBy(users.lastName);
  return present.map(({ firstName, lastName, typing: isTyping }) => ({
    name: `${firstName} ${lastName}`,
    typing: isTyping,
  }));
}
