import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { assets, ticketMessages } from "@/db/schema";
import { createContract, createTicketRow, createUser, actorOf as asActor } from "@/test/factories";
import { addReply } from "./add-reply";
import { setTicketClosed } from "./close-ticket";
import { getTicket } from "./get-ticket";
import { listTickets } from "./list-tickets";
import { outcome } from "@/test/outcome";

// Every role against every kind of ticket and every customer-facing operation, on real rows.

const ctx = { ip: "192.0.2.99", userAgent: "vitest" };

type Fixture = Awaited<ReturnType<typeof setup>>;
async function setup() {
  const requester = await createUser();
  const colleague = await createUser();
  const other = await createUser();
  const engineer = await createUser({ role: "support_engineer" });
  const orders = await createUser({ role: "orders_team" });
  const admin = await createUser({ role: "admin" });
  const contract = await createContract({ activatedFor: [requester.id, colleague.id] });
  const [asset] = await db.select().from(assets).where(eq(assets.contractId, contract.id)).limit(1);
  const support = await createTicketRow({
    requesterId: requester.id,
    type: "support",
    assetId: asset!.id,
    contractId: contract.id,
    vendor: asset!.vendor,
  });
  const administrative = await createTicketRow({ requesterId: requester.id });
  await db.insert(ticketMessages).values([
    { ticketId: support.id, authorId: engineer.id, body: "public answer", internal: false },
    {
      ticketId: support.id,
      authorId: engineer.id,
      body: "internal note: customer firmware is ancient",
      internal: true,
    },
  ]);
  const actors = {
    requester: asActor(requester),
    colleague: asActor(colleague),
    other: asActor(other),
    engineer: asActor(engineer),
    orders: asActor(orders),
    admin: asActor(admin),
  };
  return { actors, support, administrative };
}

let f: Fixture;
beforeAll(async () => {
  f = await setup();
});

type Who = keyof Fixture["actors"];
const readMatrix: Array<
  [Who, "support" | "administrative", "allowed" | "not_found" | "forbidden"]
> = [
  ["requester", "support", "allowed"],
  ["requester", "administrative", "allowed"],
  ["colleague", "support", "allowed"],
  ["colleague", "administrative", "not_found"],
  ["other", "support", "not_found"],
  ["other", "administrative", "not_found"],
  ["engineer", "support", "allowed"],
  ["engineer", "administrative", "allowed"],
  ["orders", "support", "forbidden"],
  ["orders", "administrative", "forbidden"],
  ["admin", "support", "allowed"],
  ["admin", "administrative", "allowed"],
];

describe("ticket authorization", () => {
  it.each(readMatrix)("%s reading a %s ticket by id: %s", async (who, kind, expected) => {
    expect(await outcome(() => getTicket(f.actors[who], f[kind].id))).toBe(expected);
  });

  it.each(readMatrix)("%s listing finds a %s ticket: %s", async (who, kind, expected) => {
    const result = await outcome(async () => {
      const { tickets } = await listTickets(f.actors[who], { limit: 100 });
      if (!tickets.some((ticket) => ticket.id === f[kind].id))
        throw Object.assign(new Error(), { code: "not_found" });
    });
    expect(result).toBe(expected);
  });

  it.each(readMatrix)("%s replying to a %s ticket: %s", async (who, kind, expected) => {
    expect(
      await outcome(() =>
        addReply(f.actors[who], f[kind].id, { body: "hello", internal: false }, ctx),
      ),
    ).toBe(expected);
  });

  it.each([
    ["requester", "forbidden"],
    ["colleague", "forbidden"],
    ["other", "forbidden"],
    ["engineer", "allowed"],
    ["orders", "forbidden"],
    ["admin", "allowed"],
  ] as const)("%s writing an internal note: %s", async (who, expected) => {
    expect(
      await outcome(() =>
        addReply(f.actors[who], f.support.id, { body: "note", internal: true }, ctx),
      ),
    ).toBe(expected);
  });

  it("never shows internal notes to a customer, by id guessing or otherwise", async () => {
    for (const who of ["requester", "colleague"] as const) {
      const { messages } = await getTicket(f.actors[who], f.support.id);
      expect(messages.some((message) => message.internal)).toBe(false);
      expect(messages.map((message) => message.body)).not.toContain(
        "internal note: customer firmware is ancient",
      );
    }
    const staffView = await getTicket(f.actors.engineer, f.support.id);
    expect(staffView.messages.some((message) => message.internal)).toBe(true);
    expect(
      await outcome(() => getTicket(f.actors.other, "00000000-0000-4000-8000-000000000000")),
    ).toBe("not_found");
    expect(await outcome(() => getTicket(f.actors.other, "not-a-uuid"))).toBe("not_found");
  });

  it("lets a colleague close and reopen a shared ticket, but not a stranger", async () => {
    const ticket = await createTicketRow({
      requesterId: f.actors.requester.id,
      type: "support",
      contractId: f.support.contractId,
      assetId: f.support.assetId,
      vendor: f.support.vendor,
    });
    expect(await outcome(() => setTicketClosed(f.actors.other, ticket.id, true, ctx))).toBe(
      "not_found",
    );
    expect(await outcome(() => setTicketClosed(f.actors.colleague, ticket.id, true, ctx))).toBe(
      "allowed",
    );
    expect(await outcome(() => setTicketClosed(f.actors.colleague, ticket.id, true, ctx))).toBe(
      "conflict",
    );
    expect(await outcome(() => setTicketClosed(f.actors.requester, ticket.id, false, ctx))).toBe(
      "allowed",
    );
  });
});
