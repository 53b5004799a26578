import { eq, isNotNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { contractActivations, contracts, notifications, tickets, users } from "@/db/schema";
import { checkContractKey } from "@/lib/contracts/check-contract-key";
import { verifySecret } from "@/lib/crypto/secrets";
import { getVendorVersion } from "@/lib/vendors";
import { DEMO_PASSWORD, demoContracts, seedDemoData } from "./demo-seed";

describe("demo seed", () => {
  it("seeds the README's demo data once, with valid keys, logins and vendor fields", async () => {
    const db = getDb();
    expect(await seedDemoData(db)).toBe(true);
    expect(await seedDemoData(db)).toBe(false);

    for (const login of ["admin", "engineer", "orders", "customer"]) {
      const [user] = await db.select().from(users).where(eq(users.login, login));
      expect(user?.status).toBe("active");
      expect(await verifySecret(user!.passwordHash!, DEMO_PASSWORD)).toBe(true);
    }
    const [active, unactivated] = demoContracts;
    await expect(checkContractKey(db, active)).resolves.toMatchObject({ number: active.number });
    const [second] = await db
      .select()
      .from(contracts)
      .where(eq(contracts.number, unactivated.number));
    expect(
      await db
        .select()
        .from(contractActivations)
        .where(eq(contractActivations.contractId, second!.id)),
    ).toEqual([]);
    await expect(checkContractKey(db, demoContracts[2])).rejects.toMatchObject({
      reason: "expired",
    });

    const support = await db.select().from(tickets).where(isNotNull(tickets.vendor));
    expect(support.length).toBeGreaterThan(0);
    for (const ticket of support) {
      const schema = getVendorVersion(ticket.vendor!, ticket.vendorSchemaVersion!).schema;
      expect(schema.safeParse(ticket.vendorFields).success, `${ticket.subject}`).toBe(true);
      expect(ticket.resolutionDueAt).toBeInstanceOf(Date);
    }

    // The engineer's bell has the customer's reply and the new request; both go by email.
    const [engineer] = await db.select().from(users).where(eq(users.login, "engineer"));
    const waiting = await db
      .select({ kind: notifications.kind, emailPending: notifications.emailPending })
      .from(notifications)
      .where(eq(notifications.userId, engineer!.id));
    expect(waiting.map((n) => n.kind).sort()).toEqual(["customer_reply", "new_ticket"]);
    expect(waiting.every((n) => n.emailPending)).toBe(true);
  });

  it("never runs in production", async () => {
    const previous = process.env.NODE_ENV;
    Object.assign(process.env, { NODE_ENV: "production" });
    try {
      await expect(seedDemoData(getDb())).rejects.toThrow(/never seeded in production/);
    } finally {
      Object.assign(process.env, { NODE_ENV: previous });
    }
  });
});
