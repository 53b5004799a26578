import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { assets, auditEvents, contracts, tickets } from "@/db/schema";
import { createUser, uniqueSuffix, contractInput } from "@/test/factories";
import { checkContractKey } from "./check-contract-key";
import { createContract } from "./create-contract";
import { regenerateContractKey } from "./regenerate-contract-key";
import { updateContract } from "./update-contract";

const auditOf = (targetId: string, action: string) =>
  db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.targetId, targetId), eq(auditEvents.action, action)));

describe("createContract", () => {
  it("stores the contract and its assets, the key only as a hash that checkContractKey accepts", async () => {
    const orders = await createUser({ role: "orders_team" });
    const input = contractInput();
    const issued = await createContract(orders, input, { ip: "10.0.0.1", userAgent: "test" });

    expect(issued.number).toBe(input.number);
    expect(issued.key).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z]{4}$/);
    const [row] = await db.select().from(contracts).where(eq(contracts.id, issued.id));
    expect(row).toMatchObject({
      customerName: input.customerName,
      serviceLevel: "24x7_4h",
      createdById: orders.id,
    });
    expect(row!.activationKeyHash).toMatch(/^\$argon2id\$/);
    expect(row!.activationKeyHash).not.toContain(issued.key);
    const stored = await db.select().from(assets).where(eq(assets.contractId, issued.id));
    expect(stored.map((a) => a.serialNumber).sort()).toEqual(
      input.assets.map((a) => a.serialNumber).sort(),
    );

    const typed = ` ${issued.key.toLowerCase()} `;
    await expect(
      checkContractKey(db, { number: input.number.toLowerCase(), key: typed }),
    ).resolves.toMatchObject({ id: issued.id });

    const [event] = await auditOf(issued.id, "contract.create");
    expect(event).toMatchObject({ actorId: orders.id, ip: "10.0.0.1", outcome: "success" });
    expect(JSON.stringify(event!.details)).not.toContain(issued.key);
  });

  it("refuses a number already taken in any letter case, next to the number field", async () => {
    const admin = await createUser({ role: "admin" });
    const first = contractInput();
    await createContract(admin, first);
    await expect(
      createContract(admin, contractInput({ number: first.number.toLowerCase() })),
    ).rejects.toMatchObject({ code: "conflict", field: "number" });
  });

  it("rejects invalid input: end before start, duplicate serial numbers, unknown vendor", async () => {
    const admin = await createUser({ role: "admin" });
    await expect(
      createContract(admin, contractInput({ validFrom: "2026-05-01", validTo: "2026-04-30" })),
    ).rejects.toThrow(/admin\.errors\.endBeforeStart/);
    const input = contractInput();
    await expect(
      createContract(admin, { ...input, assets: [input.assets[0]!, input.assets[0]!] }),
    ).rejects.toThrow(/admin\.errors\.serialDuplicate/);
    await expect(
      createContract(admin, {
        ...input,
        assets: [{ vendor: "acme", product: "X", serialNumber: "1" }],
      }),
    ).rejects.toThrow(/vendor/);
  });
});

describe("updateContract", () => {
  it("saves fields and assets: updates by id, adds new rows, removes left-out ones; key unchanged", async () => {
    const orders = await createUser({ role: "orders_team" });
    const input = contractInput();
    const issued = await createContract(orders, input);
    const before = await db.select().from(assets).where(eq(assets.contractId, issued.id));
    const fortigate = before.find((a) => a.vendor === "fortinet")!;

    await updateContract(orders, {
      id: issued.id,
      contract: {
        ...input,
        customerName: "Renamed S.A.",
        serviceLevel: "8x5_nbd",
        assets: [
          {
            id: fortigate.id,
            vendor: "fortinet",
            product: "FortiGate 200F",
            serialNumber: fortigate.serialNumber,
          },
          { vendor: "f5", product: "BIG-IP i4600", serialNumber: `F5-${uniqueSuffix()}` },
        ],
      },
    });

    const [row] = await db.select().from(contracts).where(eq(contracts.id, issued.id));
    expect(row).toMatchObject({ customerName: "Renamed S.A.", serviceLevel: "8x5_nbd" });
    const after = await db.select().from(assets).where(eq(assets.contractId, issued.id));
    expect(after.map((a) => a.product).sort()).toEqual(["BIG-IP i4600", "FortiGate 200F"]);
    expect(after.find((a) => a.id === fortigate.id)?.product).toBe("FortiGate 200F");
    await expect(
      checkContractKey(db, { number: input.number, key: issued.key }),
    ).resolves.toBeTruthy();
    const [event] = await auditOf(issued.id, "contract.update");
    expect(event?.details).toMatchObject({
      changed: ["customerName", "serviceLevel"],
      assetsAdded: 1,
      assetsUpdated: 1,
      assetsRemoved: [input.assets[1]!.serialNumber],
    });
  });

  it("keeps an asset that a ticket is about, and says why", async () => {
    const orders = await createUser({ role: "orders_team" });
    const customer = await createUser();
    const input = contractInput();
    const issued = await createContract(orders, input);
    const [asset] = await db.select().from(assets).where(eq(assets.contractId, issued.id));
    await db.insert(tickets).values({
      type: "support",
      subject: "Down",
      description: "It is down.",
      requesterId: customer.id,
      assetId: asset!.id,
      contractId: issued.id,
      vendor: asset!.vendor,
    });

    await expect(
      updateContract(orders, {
        id: issued.id,
        contract: {
          ...input,
          assets: [input.assets.find((a) => a.serialNumber !== asset!.serialNumber)!],
        },
      }),
    ).rejects.toMatchObject({ code: "conflict", field: "assets" });
  });

  it("says not found for an unknown or malformed id, and conflict for a taken number", async () => {
    const orders = await createUser({ role: "orders_team" });
    const other = await createContract(orders, contractInput());
    const input = contractInput();
    const issued = await createContract(orders, input);
    await expect(
      updateContract(orders, { id: "00000000-0000-4000-8000-000000000000", contract: input }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(updateContract(orders, { id: "nope", contract: input })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(
      updateContract(orders, { id: issued.id, contract: { ...input, number: other.number } }),
    ).rejects.toMatchObject({ code: "conflict", field: "number" });
  });
});

describe("regenerateContractKey", () => {
  it("issues a new key that works and invalidates the old one", async () => {
    const orders = await createUser({ role: "orders_team" });
    const input = contractInput();
    const issued = await createContract(orders, input);
    const renewed = await regenerateContractKey(orders, issued.id, { ip: "10.0.0.2" });

    expect(renewed.key).not.toBe(issued.key);
    await expect(
      checkContractKey(db, { number: input.number, key: renewed.key }),
    ).resolves.toBeTruthy();
    await expect(
      checkContractKey(db, { number: input.number, key: issued.key }),
    ).rejects.toMatchObject({
      code: "invalid",
    });
    const [event] = await auditOf(issued.id, "contract.regenerate_key");
    expect(event).toMatchObject({ actorId: orders.id, ip: "10.0.0.2" });
    await expect(
      regenerateContractKey(orders, "00000000-0000-4000-8000-000000000000"),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});
