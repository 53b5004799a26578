import { sql } from "drizzle-orm";
import { boolean, index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { NOTIFICATION_KINDS } from "./enums";
import { tickets } from "./tickets";
import { users } from "./users";

export const notificationKind = pgEnum("notification_kind", NOTIFICATION_KINDS);

/** An engineer's choices on "Notification settings"; no row means the defaults. */
export const notificationSettings = pgTable("notification_settings", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  newTicket: boolean().notNull().default(true),
  /** Vendor ids whose new tickets notify; empty means every vendor and administrative requests. */
  newTicketVendors: text()
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  customerReply: boolean().notNull().default(true),
  assigned: boolean().notNull().default(true),
  slaRisk: boolean().notNull().default(true),
  /** Also send the chosen notifications by email (batched), not only in the portal. */
  email: boolean().notNull().default(true),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** One thing a staff member should know about a ticket: the bell's list and the email digest. */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    ticketId: uuid()
      .notNull()
      .references(() => tickets.id, { onDelete: "cascade" }),
    kind: notificationKind().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp({ withTimezone: true }),
    /** Waiting for the user's next digest email; false once sent, or when no email is wanted. */
    emailPending: boolean().notNull().default(false),
  },
  (t) => [
    index("notifications_user_created_idx").on(t.userId, t.createdAt.desc()),
    index("notifications_user_unread_idx")
      .on(t.userId)
      .where(sql`${t.readAt} is null`),
    index("notifications_email_pending_idx")
      .on(t.userId)
      .where(sql`${t.emailPending}`),
  ],
);
