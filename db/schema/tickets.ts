import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { assets, contracts } from "./contracts";
import { TICKET_PRIORITIES, TICKET_STATUSES, TICKET_TYPES } from "./enums";
import { users } from "./users";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const ticketNumberSeq = pgSequence("ticket_number_seq", { startWith: 1 });

export const ticketType = pgEnum("ticket_type", TICKET_TYPES);
export const ticketPriority = pgEnum("ticket_priority", TICKET_PRIORITIES);
export const ticketStatus = pgEnum("ticket_status", TICKET_STATUSES);

export const tickets = pgTable(
  "tickets",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Shown as CS-000123 (lib/tickets/ticket-number.ts). */
    number: bigint({ mode: "number" })
      .notNull()
      .default(sql`nextval('ticket_number_seq')`),
    type: ticketType().notNull(),
    subject: text().notNull(),
    description: text().notNull(),
    priority: ticketPriority().notNull().default("normal"),
    status: ticketStatus().notNull().default("new"),
    requesterId: uuid()
      .notNull()
      .references(() => users.id),
    assetId: uuid().references(() => assets.id),
    contractId: uuid().references(() => contracts.id),
    vendor: text(),
    vendorFields: jsonb().$type<Record<string, unknown>>(),
    /** Version of the vendor's registry entry the fields were validated against. */
    vendorSchemaVersion: integer(),
    assigneeId: uuid().references(() => users.id),
    firstResponseDueAt: timestamp({ withTimezone: true }),
    resolutionDueAt: timestamp({ withTimezone: true }),
    firstRespondedAt: timestamp({ withTimezone: true }),
    resolvedAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    /** Set while the SLA clock is paused (waiting for the customer). */
    slaPausedAt: timestamp({ withTimezone: true }),
    /** Seconds the SLA clock has been paused so far; due times move by it. */
    slaPausedSeconds: integer().notNull().default(0),
    /** The due time (first response or resolution) whose coming breach was already announced. */
    slaRiskNotifiedFor: timestamp({ withTimezone: true }),
    /** The create form's one-time key: a repeated submission returns this ticket (lib/tickets/create-ticket.ts). */
    idempotencyKey: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Full-text search over subject (weight A) and description (B); 'simple' suits Polish and English. */
    searchVector: tsvector().generatedAlwaysAs(
      sql`setweight(to_tsvector('simple', coalesce(subject, '')), 'A') || setweight(to_tsvector('simple', coalesce(description, '')), 'B')`,
    ),
    /**
     * The words of all the ticket's messages (internal notes included: staff search only),
     * stripped of positions. Kept by the ticket_messages trigger of migration 0010, so the
     * queue's search tests one column per ticket instead of joining every matching message.
     */
    messagesSearchVector: tsvector(),
  },
  (t) => [
    uniqueIndex("tickets_number_key").on(t.number),
    uniqueIndex("tickets_requester_idempotency_key").on(t.requesterId, t.idempotencyKey),
    index("tickets_search_idx").using("gin", t.searchVector),
    index("tickets_messages_search_idx").using("gin", t.messagesSearchVector),
    index("tickets_created_idx").on(t.createdAt.desc(), t.id.desc()),
    // the queue's open views walk this in date order instead of sorting every open ticket
    index("tickets_active_updated_idx")
      .on(t.updatedAt.desc(), t.id.desc())
      .where(sql`${t.status} in ('new', 'open', 'waiting_for_customer')`),
    // …and this one by creation ("newest", and "oldest" as its backward scan).
    index("tickets_active_created_idx")
      .on(t.createdAt.desc(), t.id.desc())
      .where(sql`${t.status} in ('new', 'open', 'waiting_for_customer')`),
    index("tickets_open_first_response_due_idx")
      .on(t.firstResponseDueAt)
      .where(
        sql`${t.status} in ('new', 'open', 'waiting_for_customer') and ${t.firstRespondedAt} is null`,
      ),
    index("tickets_open_due_idx")
      .on(t.resolutionDueAt)
      .where(sql`${t.status} in ('new', 'open', 'waiting_for_customer')`),
    // The "resolved" view's range (resolved in the last 7 days), whatever its sort: without it
    // a sort but "updated" walked every closed ticket.
    index("tickets_resolved_idx")
      .on(t.resolvedAt)
      .where(sql`${t.status} in ('resolved', 'closed')`),
    index("tickets_requester_updated_idx").on(t.requesterId, t.updatedAt.desc(), t.id.desc()),
    // The queue's serial-number search finds tickets by their asset.
    index("tickets_asset_idx").on(t.assetId),
    index("tickets_contract_updated_idx").on(t.contractId, t.updatedAt.desc(), t.id.desc()),
    index("tickets_status_updated_idx").on(t.status, t.updatedAt.desc(), t.id.desc()),
    index("tickets_assignee_updated_idx").on(t.assigneeId, t.updatedAt.desc(), t.id.desc()),
    // "Assigned to me" in its other sorts (a search walks 2,000 of its rows in order).
    index("tickets_assignee_created_idx").on(t.assigneeId, t.createdAt.desc(), t.id.desc()),
    index("tickets_assignee_due_idx").on(t.assigneeId, t.resolutionDueAt, t.id),
    index("tickets_updated_idx").on(t.updatedAt.desc(), t.id.desc()),
    check(
      "tickets_support_has_asset",
      sql`${t.type} = 'administrative' or (${t.assetId} is not null and ${t.contractId} is not null and ${t.vendor} is not null)`,
    ),
  ],
);

export const ticketFollowers = pgTable(
  "ticket_followers",
  {
    ticketId: uuid()
      .notNull()
      .references(() => tickets.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.ticketId, t.userId] }),
    index("ticket_followers_user_idx").on(t.userId),
  ],
);

export const ticketMessages = pgTable(
  "ticket_messages",
  {
    id: uuid().primaryKey().defaultRandom(),
    ticketId: uuid()
      .notNull()
      .references(() => tickets.id, { onDelete: "cascade" }),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    body: text().notNull(),
    /** Staff-only note: never shown or emailed to customers. */
    internal: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("ticket_messages_ticket_created_idx").on(t.ticketId, t.createdAt),
    // the staff dashboard's latest customer replies, newest first across all tickets
    index("ticket_messages_public_created_idx")
      .on(t.createdAt.desc())
      .where(sql`not ${t.internal}`),
  ],
);

export const attachments = pgTable(
  "attachments",
  {
    id: uuid().primaryKey().defaultRandom(),
    ticketId: uuid()
      .notNull()
      .references(() => tickets.id, { onDelete: "cascade" }),
    messageId: uuid().references(() => ticketMessages.id, { onDelete: "cascade" }),
    uploaderId: uuid()
      .notNull()
      .references(() => users.id),
    fileName: text().notNull(),
    contentType: text().notNull(),
    sizeBytes: bigint({ mode: "number" }).notNull(),
    /** Key in the storage interface (lib/storage). */
    storageKey: text().notNull(),
    sha256: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("attachments_ticket_idx").on(t.ticketId),
    index("attachments_message_idx").on(t.messageId),
  ],
);

/**
 * Bytes each user attached (or is attaching: reserved before the stream starts) per Warsaw
 * calendar day, for the daily upload quota.
 */
export const uploadUsage = pgTable(
  "upload_usage",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    day: date().notNull(),
    bytes: bigint({ mode: "number" }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.userId, t.day] })],
);

/** Reply templates support engineers insert and edit. */
export const cannedReplies = pgTable(
  "canned_replies",
  {
    id: uuid().primaryKey().defaultRandom(),
    title: text().notNull(),
    body: text().notNull(),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    updatedById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("canned_replies_title_lower_key").on(sql`lower(${t.title})`)],
);

export type CannedReply = typeof cannedReplies.$inferSelect;
export type Ticket = typeof tickets.$inferSelect;
export type TicketMessage = typeof ticketMessages.$inferSelect;
export type Attachment = typeof attachments.$inferSelect;

/** Which staff have a ticket open, and who is typing a reply: the ticket page's heartbeat. */
export const ticketPresence = pgTable(
  "ticket_presence",
  {
    ticketId: uuid()
      .notNull()
      .references(() => tickets.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    seenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    typingUntil: timestamp({ withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.ticketId, t.userId] })],
);
