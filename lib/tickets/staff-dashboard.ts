import { and, desc, eq, inArray, not } from "drizzle-orm";
import { db } from "@/db/client";
import { ticketMessages, tickets, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { listQueue, type QueueItem } from "./list-queue";
import { assertTicketPermission, ticketVisibility } from "./policy";

/** How many tickets each of the dashboard's lists shows; the queue has the rest. */
export const DASHBOARD_ITEMS = 5;

export type CustomerReply = {
  ticketId: string;
  number: number;
  subject: string;
  authorName: string;
  createdAt: Date;
};

export type StaffDashboard = {
  mine: { items: QueueItem[]; more: boolean };
  unassigned: { items: QueueItem[]; more: boolean };
  atRisk: { items: QueueItem[]; more: boolean };
  replies: CustomerReply[];
};

const first = async (actor: Actor, query: Parameters<typeof listQueue>[1]) => {
  const page = await listQueue(actor, { ...query, limit: DASHBOARD_ITEMS });
  return { items: page.tickets, more: page.nextCursor !== null };
};

/**
 * What needs the engineer now: their open tickets, the unassigned ones, those whose SLA is
 * breaching or due within 2 hours (the queue's views, first page each), and the latest
 * customer replies across the desk.
 */
export async function staffDashboard(actor: Actor): Promise<StaffDashboard> {
  assertTicketPermission(actor, "queue");
  const [mine, unassigned, atRisk, replies] = await Promise.all([
    first(actor, { view: "mine", status: ["new", "open", "waiting_for_customer"] }),
    first(actor, { view: "unassigned", sort: "oldest" }),
    first(actor, { view: "sla", sort: "due" }),
    db
      .select({
        ticketId: tickets.id,
        number: tickets.number,
        subject: tickets.subject,
        firstName: users.firstName,
        lastName: users.lastName,
        createdAt: ticketMessages.createdAt,
      })
      .from(ticketMessages)
      .innerJoin(users, eq(users.id, ticketMessages.authorId))
      .innerJoin(tickets, eq(tickets.id, ticketMessages.ticketId))
      .where(
        and(
          not(ticketMessages.internal),
          eq(users.role, "customer"),
          inArray(tickets.status, ["new", "open", "waiting_for_customer", "resolved"]),
          ticketVisibility(actor, "list"),
        ),
      )
      .orderBy(desc(ticketMessages.createdAt))
      .limit(DASHBOARD_ITEMS),
  ]);
  return {
    mine,
    unassigned,
    atRisk,
    replies: replies.map(({ firstName, lastName, ...reply }) => ({
      ...reply,
      authorName: `${firstName} ${lastName}`,
    })),
  };
}
