import { and, count, desc, eq, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { notifications, tickets } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import { assertNotificationPermission, canUseNotifications } from "./policy";
import { notificationIdSchema } from "./schemas";

export type NotificationItem = {
  id: string;
  kind: (typeof notifications.$inferSelect)["kind"];
  createdAt: Date;
  readAt: Date | null;
  ticket: { id: string; number: number; subject: string };
};

/** The actor's newest notifications, unread and read. */
export async function listNotifications(actor: Actor, limit = 50): Promise<NotificationItem[]> {
  assertNotificationPermission(actor, "read");
  const rows = await db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
      ticketId: tickets.id,
      number: tickets.number,
      subject: tickets.subject,
    })
    .from(notifications)
    .innerJoin(tickets, eq(tickets.id, notifications.ticketId))
    .where(eq(notifications.userId, actor.id))
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
  return rows.map(({ ticketId, number, subject, ...row }) => ({
    ...row,
    ticket: { id: ticketId, number, subject },
  }));
}

/** The bell's number; 0 for a role without notifications, so any page header may ask. */
export async function countUnreadNotifications(actor: Actor): Promise<number> {
  if (!canUseNotifications(actor.role)) return 0;
  const [row] = await db
    .select({ unread: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)));
  return row?.unread ?? 0;
}

/** Marks one of the actor's notifications read and answers its ticket, to open it. */
export async function openNotification(actor: Actor, notificationId: string): Promise<string> {
  assertNotificationPermission(actor, "read");
  const id = notificationIdSchema.parse(notificationId);
  const [row] = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.id, id), eq(notifications.userId, actor.id)))
    .returning({ ticketId: notifications.ticketId });
  if (!row)
    throw new DomainError("not_found", { message: msg("desk.errors.notificationNotFound") });
  return row.ticketId;
}

/** Marks every unread notification of the actor read; answers how many. */
export async function markAllNotificationsRead(actor: Actor): Promise<number> {
  assertNotificationPermission(actor, "read");
  const rows = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}
