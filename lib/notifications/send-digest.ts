import { and, asc, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { notifications, tickets, users } from "@/db/schema";
import { appEnv } from "@/lib/env";
import { sendActionEmail } from "@/lib/mail/send-action-email";
import { formatTicketNumber } from "@/lib/tickets/ticket-number";
import { NOTIFICATION_TEXT } from "./notification-text";

export const staffTicketUrl = (ticketId: string) => `${appEnv.appUrl()}/staff/tickets/${ticketId}`;

/**
 * Sends one email with every notification waiting for the user's email, and marks them sent,
 * in one transaction: a crash before the commit sends nothing and the retried job sends it all.
 * Notifications read in the portal meanwhile are left out. Answers how many it carried.
 */
export async function sendNotificationDigest(userId: string): Promise<number> {
  return db.transaction(async (tx) => {
    const pending = await tx
      .select({
        id: notifications.id,
        kind: notifications.kind,
        readAt: notifications.readAt,
        ticketId: tickets.id,
        number: tickets.number,
        subject: tickets.subject,
      })
      .from(notifications)
      .innerJoin(tickets, eq(tickets.id, notifications.ticketId))
      .where(and(eq(notifications.userId, userId), eq(notifications.emailPending, true)))
      .orderBy(asc(notifications.createdAt))
      .for("update", { of: notifications, skipLocked: true });
    if (!pending.length) return 0;
    await tx
      .update(notifications)
      .set({ emailPending: false })
      .where(
        inArray(
          notifications.id,
          pending.map((row) => row.id),
        ),
      );
    const unread = pending.filter((row) => !row.readAt);
    const [user] = await tx
      .select({ email: users.email, firstName: users.firstName, status: users.status })
      .from(users)
      .where(eq(users.id, userId));
    if (!unread.length || !user || user.status !== "active") return 0;

    const ticketIds = new Set(unread.map((row) => row.ticketId));
    const first = unread[0]!;
    const lines = unread.map(
      (row) =>
        `${formatTicketNumber(row.number)} “${row.subject}”: ${NOTIFICATION_TEXT[row.kind]}.`,
    );
    await sendActionEmail(tx, user.email, {
      subject:
        unread.length === 1
          ? `[${formatTicketNumber(first.number)}] ${NOTIFICATION_TEXT[first.kind]}: ${first.subject}`
          : `${unread.length} ticket updates for you in CLICO Support`,
      preview: lines[0]!,
      heading: unread.length === 1 ? NOTIFICATION_TEXT[first.kind] : "What needs you",
      paragraphs: [`Hello ${user.firstName},`, ...lines],
      action:
        ticketIds.size === 1
          ? { label: "Open the ticket", url: staffTicketUrl(first.ticketId) }
          : { label: "Open your notifications", url: `${appEnv.appUrl()}/staff/notifications` },
      footnote: "Choose what you are told about under Notification settings in the portal.",
    });
    return unread.length;
  });
}
