import { and, asc, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { notifications, tickets, users } from "@/db/schema";
import { appEnv } from "@/lib/env";
import { recipientLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { sendActionEmail } from "@/lib/mail/send-action-email";
import { formatTicketNumber } from "@/lib/tickets/ticket-number";

export const staffTicketUrl = (ticketId: string) => `${appEnv.appUrl()}/staff/tickets/${ticketId}`;

/**
 * Sends one email with every notification waiting for the user's email, and marks them sent,
 * in one transaction: a crash before the commit sends nothing and the retried job sends it all.
 * Notifications read in the portal meanwhile are left out. Written in the user's language
 * (stored notifications are kinds, worded when read or sent). Answers how many it carried.
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
      .select({
        email: users.email,
        firstName: users.firstName,
        status: users.status,
        locale: users.locale,
      })
      .from(users)
      .where(eq(users.id, userId));
    if (!unread.length || !user || user.status !== "active") return 0;

    const locale = recipientLocale(user);
    const t = translatorFor(locale, "desk");
    const what = (kind: (typeof unread)[number]["kind"]) => t(`notifications.kind.${kind}`);
    const ticketIds = new Set(unread.map((row) => row.ticketId));
    const first = unread[0]!;
    const lines = unread.map((row) =>
      t("emails.digest.line", {
        number: formatTicketNumber(row.number),
        subject: row.subject,
        what: what(row.kind),
      }),
    );
    await sendActionEmail(tx, user.email, {
      locale,
      subject:
        unread.length === 1
          ? t("emails.digest.subjectOne", {
              number: formatTicketNumber(first.number),
              what: what(first.kind),
              subject: first.subject,
            })
          : t("emails.digest.subjectMany", { count: unread.length }),
      preview: lines[0]!,
      heading: unread.length === 1 ? what(first.kind) : t("emails.digest.headingMany"),
      paragraphs: [t("emails.digest.hello", { firstName: user.firstName }), ...lines],
      action:
        ticketIds.size === 1
          ? { label: t("emails.digest.openTicket"), url: staffTicketUrl(first.ticketId) }
          : {
              label: t("emails.digest.openNotifications"),
              url: `${appEnv.appUrl()}/staff/notifications`,
            },
      footnote: t("emails.digest.footnote"),
    });
    return unread.length;
  });
}
