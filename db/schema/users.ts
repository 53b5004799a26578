import { sql } from "drizzle-orm";
import { integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

export const userRole = pgEnum("user_role", [
  "customer",
  "support_engineer",
  "orders_team",
  "admin",
]);

export const userStatus = pgEnum("user_status", [
  "pending_confirmation",
  "active",
  "password_reset_required",
  "disabled",
]);

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
    /** Bumped on password change/reset, disable and "sign out everywhere": older sessions die. */
    sessionVersion: integer().notNull().default(1),
    legacyTacId: text(),
    emailConfirmedAt: timestamp({ withTimezone: true }),
    lastLoginAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_login_lower_key").on(sql`lower(${t.login})`),
    uniqueIndex("users_email_lower_key").on(sql`lower(${t.email})`),
    uniqueIndex("users_legacy_tac_id_key").on(t.legacyTacId),
  ],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type UserRole = (typeof userRole.enumValues)[number];
export type UserStatus = (typeof userStatus.enumValues)[number];
