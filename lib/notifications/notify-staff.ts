import { and, eq, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db/client";
import {
  notifications,
  notificationSettings,
  ticketFollowers,
  users,
  type NotificationKind,
} from "@/db/schema";
import { scheduleDigests } from "./schedule-digest";
import { RECEIVING_ROLES } from "./policy";

export type NotifiedTicket = { id: string; vendor: string | null; assigneeId: string | null };

/** A setting as stored, or its default (true) for an engineer who never saved the page. */
const setting = (column: AnyPgColumn) => sql<boolean>`coalesce(${column}, true)`;

/** Who hears of `kind` on `ticket`: the event's people who chose it (the actor never). */
function audience(kind: NotificationKind, ticket: NotifiedTicket): SQL | undefined {
  const onTicket = (userId: typeof users.id) =>
    or(
      ticket.assigneeId ? eq(userId, ticket.assigneeId) : undefined,
      sql`exists (select 1 from ${ticketFollowers} where ${ticketFollowers.ticketId} = ${ticket.id} and ${ticketFollowers.userId} = ${userId})`,
    );
  switch (kind) {
    case "new_ticket":
      // the unassigned queue's watchers, by manufacturer when they chose some
      return and(
        setting(notificationSettings.newTicket),
        sql`(coalesce(cardinality(${notificationSettings.newTicketVendors}), 0) = 0 or ${ticket.vendor ?? null}::text = any(${notificationSettings.newTicketVendors}))`,
      );
    case "customer_reply":
      return and(setting(notificationSettings.customerReply), onTicket(users.id));
    case "assigned":
      return ticket.assigneeId
        ? and(setting(notificationSettings.assigned), eq(users.id, ticket.assigneeId))
        : sql`false`;
    case "sla_risk":
      // the assignee; an unassigned ticket's risk goes to everyone watching for it
      return and(
        setting(notificationSettings.slaRisk),
        ticket.assigneeId ? eq(users.id, ticket.assigneeId) : undefined,
      );
  }
}

/**
 * Notifies the staff who chose `kind` for this ticket, in the caller's transaction: a row in
 * each one's notification list, and (for those who want email) a digest email a little later,
 * which gathers whatever else happened meanwhile (lib/notifications/send-digest.ts).
 */
export async function notifyStaff(
  tx: DbOrTx,
  kind: NotificationKind,
  ticket: NotifiedTicket,
  actorId: string | null,
): Promise<string[]> {
  const recipients = await tx
    .select({ id: users.id, email: setting(notificationSettings.email) })
    .from(users)
    .leftJoin(notificationSettings, eq(notificationSettings.userId, users.id))
    .where(
      and(
        inArray(users.role, RECEIVING_ROLES),
        eq(users.status, "active"),
        actorId ? ne(users.id, actorId) : undefined,
        audience(kind, ticket),
      ),
    );
  if (!recipients.length) return [];
  await tx.insert(notifications).values(
    recipients.map((recipient) => ({
      userId: recipient.id,
      ticketId: ticket.id,
      kind,
      emailPending: recipient.email,
    })),
  );
  await scheduleDigests(
    tx,
    recipients.filter((recipient) => recipient.email).map((recipient) => recipient.id),
  );
  return recipients.map((recipient) => recipient.id);
}
