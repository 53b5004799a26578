import { randomBytes } from "node:crypto";
import { desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import {
  assets,
  contractActivations,
  contracts,
  attachments,
  emailOutbox,
  ticketFollowers,
  ticketMessages,
  tickets,
  users,
  type NewUser,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { startSession } from "@/lib/auth/sessions";
import { hashSecret } from "@/lib/crypto/secrets";
import { hashActivationKey } from "@/lib/contracts/check-contract-key";
import type { ContractInput } from "@/lib/contracts/staff-schemas";
import { computeDueTimes } from "@/lib/sla/due-times";
import { getVendor } from "@/lib/vendors";

// Seed helpers for integration and end-to-end tests: unique values per call, so tests that
// share a database never collide.

export const uniqueSuffix = () => randomBytes(4).toString("hex");
export const TEST_PASSWORD = "Quiet-Harbour-Lantern-42";

const isoDate = (daysFromToday: number) =>
  new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10);

export async function createUser(overrides: Partial<NewUser> & { password?: string | null } = {}) {
  const suffix = uniqueSuffix();
  const { password = TEST_PASSWORD, ...rest } = overrides;
  const [user] = await db
    .insert(users)
    .values({
      login: `user-${suffix}`,
      email: `user-${suffix}@example.com`,
      firstName: "Test",
      lastName: `User ${suffix}`,
      company: "Example Sp. z o.o.",
      status: "active",
      emailConfirmedAt: new Date(),
      passwordHash: password === null ? null : await hashSecret(password),
      ...rest,
    })
    .returning();
  return { ...user!, password };
}

export async function createContract(
  options: {
    key?: string;
    validToDays?: number;
    activatedFor?: string[];
    customerName?: string;
    /** One asset per vendor id instead of the default FortiGate + BIG-IP pair. */
    vendors?: string[];
  } = {},
) {
  const suffix = uniqueSuffix().toUpperCase();
  const key = options.key ?? `KEY-${suffix}-${uniqueSuffix().toUpperCase()}`;
  const [contract] = await db
    .insert(contracts)
    .values({
      number: `TEST-${suffix}`,
      customerName: options.customerName ?? `Customer ${suffix}`,
      serviceLevel: "8x5_nbd",
      validFrom: isoDate(-100),
      validTo: isoDate(options.validToDays ?? 200),
      activationKeyHash: await hashActivationKey(key),
    })
    .returning();
  const assetRows = options.vendors
    ? options.vendors.map((vendor) => ({
        vendor,
        product: `${vendor} appliance`,
        serialNumber: `${vendor.toUpperCase()}-${suffix}`,
      }))
    : [
        { vendor: "fortinet", product: "FortiGate 60F", serialNumber: `FGT60F${suffix}` },
        { vendor: "f5", product: "BIG-IP i2600", serialNumber: `F5-${suffix}` },
      ];
  await db
    .insert(assets)
    .values(assetRows.map((asset) => ({ ...asset, contractId: contract!.id })));
  for (const userId of options.activatedFor ?? []) {
    await db.insert(contractActivations).values({ userId, contractId: contract!.id });
  }
  return { ...contract!, key };
}

/** A valid contract for the orders team's use cases, unique per call. */
export function contractInput(overrides: Partial<ContractInput> = {}): ContractInput {
  const s = uniqueSuffix().toUpperCase();
  return {
    number: `CLICO/2026/${s}`,
    customerName: `Energa ${s} S.A.`,
    serviceLevel: "24x7_4h",
    validFrom: "2026-01-01",
    validTo: "2099-12-31",
    assets: [
      {
        vendor: "fortinet",
        product: "FortiGate 100F",
        serialNumber: `FG100F${s}`,
        description: "HQ",
      },
      { vendor: "checkpoint", product: "Quantum 6200", serialNumber: `CP${s}` },
    ],
    ...overrides,
  };
}

/** The newest email to an address, from the outbox. */
export async function latestEmailTo(address: string) {
  const [row] = await db
    .select()
    .from(emailOutbox)
    .where(eq(emailOutbox.to, address))
    .orderBy(desc(emailOutbox.createdAt))
    .limit(1);
  return row;
}

export const linkIn = (text: string, path: string) => {
  const match = text.match(new RegExp(`https?://\\S+/${path}/[A-Za-z0-9_-]+`));
  if (!match) throw new Error(`No /${path}/ link in the email.`);
  return match[0];
};

export const codeIn = (text: string) => {
  const match = text.match(/\b(\d{6})\b/);
  if (!match) throw new Error("No 6-digit code in the email.");
  return match[1]!;
};

export async function createTicketRow(
  overrides: Partial<typeof tickets.$inferInsert> & { requesterId: string },
) {
  const [ticket] = await db
    .insert(tickets)
    .values({
      type: "administrative",
      subject: `Ticket ${uniqueSuffix()}`,
      description: "Something is not right.",
      priority: "normal",
      ...overrides,
    })
    .returning();
  // as createTicket does: the requester follows the ticket and gets its emails
  await db.insert(ticketFollowers).values({ ticketId: ticket!.id, userId: ticket!.requesterId });
  return ticket!;
}

/**
 * A support ticket opened now about the contract's first asset, with the due times of the
 * contract's service level at normal priority (as createTicket sets them) unless overridden.
 */
export async function createSupportTicketRow(
  contract: { id: string; serviceLevel: (typeof contracts.$inferSelect)["serviceLevel"] },
  overrides: Partial<typeof tickets.$inferInsert> & { requesterId: string },
) {
  const [asset] = await db.select().from(assets).where(eq(assets.contractId, contract.id)).limit(1);
  if (!asset) throw new Error("The contract covers no asset.");
  const now = new Date();
  return createTicketRow({
    type: "support",
    assetId: asset.id,
    contractId: contract.id,
    vendor: asset.vendor,
    vendorSchemaVersion: getVendor(asset.vendor).current.version,
    vendorFields: {},
    createdAt: now,
    ...computeDueTimes({
      serviceLevel: contract.serviceLevel,
      priority: overrides.priority ?? "normal",
      from: now,
    }),
    ...overrides,
  });
}

/** Messages on tickets, as written (authorId and body required; public unless `internal`). */
export async function createMessages(...rows: Array<typeof ticketMessages.$inferInsert>) {
  return db.insert(ticketMessages).values(rows).returning();
}

/** The attachment rows of a ticket. */
export const attachmentsOf = (ticketId: string) =>
  db.select().from(attachments).where(eq(attachments.ticketId, ticketId));

/** A session of the user as Auth.js hands it to loadActor, with its row in user_sessions. */
export async function createSession(
  user: { id: string },
  authTime = Math.floor(Date.now() / 1000),
) {
  return { user: { id: user.id }, sessionId: await startSession(db, user.id), authTime };
}

/** A new user (any createUser fields, e.g. `{ role: "admin" }`) as the acting user. */
export const createActor = async (overrides: Partial<NewUser> = {}) =>
  actorOf(await createUser(overrides));

/** The acting user a use case receives, as `requireActor()` would build it from a session. */
export const actorOf = (user: {
  id: string;
  role: Actor["role"];
  login: string;
  email: string;
  firstName: string;
  lastName: string;
  company: string;
}): Actor => ({
  id: user.id,
  role: user.role,
  login: user.login,
  email: user.email,
  firstName: user.firstName,
  lastName: user.lastName,
  company: user.company,
});
