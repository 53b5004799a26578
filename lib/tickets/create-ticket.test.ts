import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { assets, tickets } from "@/db/schema";
import { createActor, createContract, createUser, latestEmailTo } from "@/test/factories";
import { createTicket } from "./create-ticket";
import { formatTicketNumber } from "./ticket-number";
import { readsInEnglish } from "@/lib/testing/message-text";

const ctx = { ip: "192.0.2.5", userAgent: "vitest" };
const fortinetValues = {
  productFamily: "FortiGate",
  firmwareVersion: "7.4.3",
  haMode: "standalone",
  problemArea: "VPN IPsec",
};
const base = {
  idempotencyKey: randomUUID(),
  subject: "Tunnel drops",
  description: "Every hour.\n\n```\ndiag vpn ike gateway list\n```",
  priority: "high" as const,
};

async function fortigateOf(contractId: string) {
  const [asset] = await db.select().from(assets).where(eq(assets.contractId, contractId));
  return asset!;
}

describe("creating tickets", () => {
  it("creates an administrative request and emails the requester its number", async () => {
    const actor = await createActor();
    const { id, number } = await createTicket(
      actor,
      { ...base, assetId: "", vendorFields: {} },
      ctx,
    );
    const [row] = await db.select().from(tickets).where(eq(tickets.id, id));
    expect(row).toMatchObject({
      type: "administrative",
      status: "new",
      assetId: null,
      vendor: null,
      requesterId: actor.id,
    });
    expect((await latestEmailTo(actor.email))!.subject).toContain(formatTicketNumber(number));
  });

  it("creates a support request for a covered asset with the vendor's fields and registry version", async () => {
    const actor = await createActor();
    const contract = await createContract({ activatedFor: [actor.id] });
    const asset = await fortigateOf(contract.id);
    const { id } = await createTicket(
      actor,
      { ...base, assetId: asset.id, vendorFields: fortinetValues },
      ctx,
    );
    const [row] = await db.select().from(tickets).where(eq(tickets.id, id));
    expect(row).toMatchObject({
      type: "support",
      assetId: asset.id,
      contractId: contract.id,
      vendor: "fortinet",
    });
    expect(row!.vendorSchemaVersion).toBeGreaterThanOrEqual(1);
    expect(row!.vendorFields).toMatchObject(fortinetValues);
  });

  it("reports each missing Additional Information field next to it", async () => {
    const actor = await createActor();
    const contract = await createContract({ activatedFor: [actor.id] });
    const asset = await fortigateOf(contract.id);
    await expect(
      createTicket(actor, { ...base, assetId: asset.id, vendorFields: {} }, ctx),
    ).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: expect.objectContaining({
        "vendorFields.productFamily": expect.any(Array),
        "vendorFields.firmwareVersion": expect.any(Array),
        "vendorFields.problemArea": expect.any(Array),
      }),
    });
  });

  it("refuses assets of expired contracts and of other customers' contracts", async () => {
    const actor = await createActor();
    const expired = await createContract({ activatedFor: [actor.id], validToDays: -1 });
    await expect(
      createTicket(
        actor,
        { ...base, assetId: (await fortigateOf(expired.id)).id, vendorFields: fortinetValues },
        ctx,
      ),
    ).rejects.toMatchObject({ field: "assetId", message: readsInEnglish(/expired on/) });

    const stranger = await createContract();
    await expect(
      createTicket(
        actor,
        { ...base, assetId: (await fortigateOf(stranger.id)).id, vendorFields: fortinetValues },
        ctx,
      ),
    ).rejects.toMatchObject({
      field: "assetId",
      message: readsInEnglish(/covered by one of your contracts/),
    });
  });

  it("is for customers only", async () => {
    const engineer = await createUser({ role: "support_engineer" });
    await expect(
      createTicket(
        { ...engineer, role: "support_engineer" },
        { ...base, assetId: "", vendorFields: {} },
        ctx,
      ),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("makes one ticket of three concurrent submissions of one form and answers each with it", async () => {
    const actor = await createActor();
    const input = { ...base, idempotencyKey: randomUUID(), assetId: "", vendorFields: {} };
    const results = await Promise.all([1, 2, 3].map(() => createTicket(actor, input, ctx)));

    const rows = await db.select().from(tickets).where(eq(tickets.requesterId, actor.id));
    expect(rows).toHaveLength(1);
    expect(results).toEqual([1, 2, 3].map(() => ({ id: rows[0]!.id, number: rows[0]!.number })));

    const later = await createTicket(actor, input, ctx);
    expect(later.id).toBe(rows[0]!.id);
    const next = await createTicket(actor, { ...input, idempotencyKey: randomUUID() }, ctx);
    expect(next.id).not.toBe(rows[0]!.id);
  });

  it("keeps one customer's key from returning another customer's ticket", async () => {
    const [first, second] = [await createActor(), await createActor()];
    const input = { ...base, idempotencyKey: randomUUID(), assetId: "", vendorFields: {} };
    const mine = await createTicket(first, input, ctx);
    const theirs = await createTicket(second, input, ctx);
    expect(theirs.id).not.toBe(mine.id);
  });
});
