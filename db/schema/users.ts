import { sql } from "drizzle-orm";
import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { LOCALES, SESSION_END_REASONS, USER_ROLES, USER_STATUSES } from "./enums";

export const userRole = pgEnum("user_role", USER_ROLES);

export const userStatus = pgEnum("user_status", USER_STATUSES);

export const appLocale = pgEnum("app_locale", LOCALES);

export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    login: text().notNull(),
    email: text().notNull(),
    /** argon2id; null for a migrated TAC account until its first reset. */
    passwordHash: text(),
    firstName: text().notNull(),
    lastName: text().notNull(),
    phone: text().notNull().default(""),
    company: text().notNull().default(""),
    jobTitle: text(),
    role: userRole().notNull().default("customer"),
    status: userStatus().notNull().default("pending_confirmation"),
    legacyTacId: text(),
    emailConfirmedAt: timestamp({ withTimezone: true }),
    lastLoginAt: timestamp({ withTimezone: true }),
    /** The language the user chose; none: the browser's (Accept-Language), else English. */
    locale: appLocale(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_login_lower_key").on(sql`lower(${t.login})`),
    uniqueIndex("users_email_lower_key").on(sql`lower(${t.email})`),
    uniqueIndex("users_legacy_tac_id_key").on(t.legacyTacId),
  ],
);

export const sessionEndReason = pgEnum("session_end_reason", SESSION_END_REASONS);

/**
 * One row per login. The session JWT carries a random id; only its SHA-256 is stored, so a copy
 * of this table cannot be turned into a working session. A session is valid while its row has
 * no `endedAt` (checked on every request); rows older than the absolute lifetime are pruned.
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    idHash: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp({ withTimezone: true }),
    endReason: sessionEndReason(),
  },
  (t) => [index("user_sessions_user_idx").on(t.userId, t.createdAt)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
