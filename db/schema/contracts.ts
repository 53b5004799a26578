import { sql } from "drizzle-orm";
import {
  date,
  index,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { SERVICE_LEVELS } from "./enums";
import { users } from "./users";

export const serviceLevel = pgEnum("service_level", SERVICE_LEVELS);

export const contracts = pgTable(
  "contracts",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** As printed on the contract document. */
    number: text().notNull(),
    customerName: text().notNull(),
    serviceLevel: serviceLevel().notNull(),
    validFrom: date({ mode: "string" }).notNull(),
    validTo: date({ mode: "string" }).notNull(),
    /** argon2id of the activation key; the key itself is shown once and never stored. */
    activationKeyHash: text().notNull(),
    keyGeneratedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("contracts_number_upper_key").on(sql`upper(${t.number})`),
    index("contracts_customer_name_idx").on(sql`lower(${t.customerName})`),
    index("contracts_valid_to_idx").on(t.validTo),
    // Keyset pagination of the staff list, newest first.
    index("contracts_created_idx").on(t.createdAt.desc(), t.id.desc()),
    // Substring search (ILIKE '%…%') of the staff list; pg_trgm comes from migration 0001.
    index("contracts_number_trgm_idx").using("gin", sql`${t.number} gin_trgm_ops`),
    index("contracts_customer_name_trgm_idx").using("gin", sql`${t.customerName} gin_trgm_ops`),
  ],
);

export const contractActivations = pgTable(
  "contract_activations",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    contractId: uuid()
      .notNull()
      .references(() => contracts.id, { onDelete: "cascade" }),
    activatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.contractId] }),
    index("contract_activations_contract_idx").on(t.contractId),
  ],
);

export const assets = pgTable(
  "assets",
  {
    id: uuid().primaryKey().defaultRandom(),
    contractId: uuid()
      .notNull()
      .references(() => contracts.id, { onDelete: "cascade" }),
    /** Id of a vendor in the registry (lib/vendors). */
    vendor: text().notNull(),
    product: text().notNull(),
    serialNumber: text().notNull(),
    description: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("assets_contract_idx").on(t.contractId),
    index("assets_serial_number_idx").on(sql`upper(${t.serialNumber})`),
    index("assets_serial_number_trgm_idx").using("gin", sql`${t.serialNumber} gin_trgm_ops`),
  ],
);

export type Contract = typeof contracts.$inferSelect;
export type NewContract = typeof contracts.$inferInsert;
export type Asset = typeof assets.$inferSelect;
