import { sql } from "drizzle-orm";
import {
  bigint,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { EMAIL_STATUSES, SECRET_PURPOSES } from "./enums";
import { appLocale, users } from "./users";

export const emailStatus = pgEnum("email_status", EMAIL_STATUSES);

/** Every email the system sends; written in the transaction of the change that caused it. */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid().primaryKey().defaultRandom(),
    to: text().notNull(),
    subject: text().notNull(),
    html: text().notNull(),
    text: text().notNull(),
    /** The language it is written in: its recipient's. */
    locale: appLocale().notNull().default("en"),
    status: emailStatus().notNull().default("pending"),
    tries: integer().notNull().default(0),
    lastError: text(),
    /** "resend" or "mailbox": which transport delivered it. */
    transport: text(),
    providerId: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("email_outbox_created_idx").on(t.createdAt.desc()),
    index("email_outbox_status_idx").on(t.status),
  ],
);

export const secretPurpose = pgEnum("secret_purpose", SECRET_PURPOSES);

/** Confirmation links, reset links and login codes: stored only as hashes. */
export const oneTimeSecrets = pgTable(
  "one_time_secrets",
  {
    id: uuid().primaryKey().defaultRandom(),
    purpose: secretPurpose().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    secretHash: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    consumedAt: timestamp({ withTimezone: true }),
    attempts: integer().notNull().default(0),
    maxAttempts: integer().notNull().default(5),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("one_time_secrets_user_purpose_idx").on(t.userId, t.purpose),
    index("one_time_secrets_hash_idx").on(t.secretHash),
  ],
);

/** Shape expected by rate-limiter-flexible's RateLimiterPostgres (tableCreated: true). */
export const rateLimitBuckets = pgTable("rate_limit_buckets", {
  key: text().primaryKey(),
  points: integer().notNull().default(0),
  expire: bigint({ mode: "number" }),
});

export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    action: text().notNull(),
    targetType: text(),
    targetId: text(),
    outcome: text().notNull().default("success"),
    ip: text(),
    userAgent: text(),
    details: jsonb().$type<Record<string, unknown>>(),
    // The moment the row is written, not its transaction's start (now()): a change that waited
    // for another's row lock is recorded after it, so the history reads in the order applied.
    createdAt: timestamp({ withTimezone: true })
      .notNull()
      .default(sql`clock_timestamp()`),
  },
  (t) => [
    index("audit_events_created_idx").on(t.createdAt.desc()),
    index("audit_events_actor_idx").on(t.actorId, t.createdAt.desc()),
    index("audit_events_target_idx").on(t.targetType, t.targetId),
    index("audit_events_action_idx").on(t.action, t.createdAt.desc()),
  ],
);

export type EmailOutboxRow = typeof emailOutbox.$inferSelect;
export type AuditEvent = typeof auditEvents.$inferSelect;
