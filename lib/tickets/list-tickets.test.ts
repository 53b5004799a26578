import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { assets, tickets } from "@/db/schema";
import { createActor, createContract, createTicketRow, uniqueSuffix } from "@/test/factories";
import { listTickets, toPrefixQuery } from "./list-tickets";
import { formatTicketNumber, parseTicketNumber } from "./ticket-number";

describe("listing tickets", () => {
  it("walks every page once with a keyset cursor, even when timestamps tie", async () => {
    const actor = await createActor();
    const created = [];
    for (let index = 0; index < 23; index++)
      created.push(await createTicketRow({ requesterId: actor.id }));
    // ties on updated_at must not lose or repeat rows across pages
    await db.execute(
      sql`update ${tickets} set updated_at = '2026-01-01 10:00:00.123456+00' where requester_id = ${actor.id}`,
    );
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listTickets(actor, { limit: 5, cursor });
      seen.push(...page.tickets.map((ticket) => ticket.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(23);
    expect(new Set(seen)).toEqual(new Set(created.map((ticket) => ticket.id)));
  });

  it("filters by status and priority and searches by number or words", async () => {
    const actor = await createActor();
    const vpn = await createTicketRow({
      requesterId: actor.id,
      subject: "IPsec tunnel drops",
      priority: "high",
      status: "open",
    });
    await createTicketRow({
      requesterId: actor.id,
      subject: "Licence renewal question",
      priority: "low",
    });
    const ids = async (query: Parameters<typeof listTickets>[1]) =>
      (await listTickets(actor, query)).tickets.map((ticket) => ticket.id);

    expect(await ids({ status: ["open"] })).toEqual([vpn.id]);
    expect(await ids({ priority: ["high"] })).toEqual([vpn.id]);
    expect(await ids({ q: "ipsec tun" })).toEqual([vpn.id]);
    expect(await ids({ q: formatTicketNumber(vpn.number) })).toEqual([vpn.id]);
    expect(await ids({ q: String(vpn.number) })).toEqual([vpn.id]);
    expect(await ids({ q: "nothing-like-this" })).toEqual([]);
    expect(await ids({ cursor: "garbage" })).toHaveLength(2);
  });

  it("searches only the tickets the customer may see, on every path of the search", async () => {
    const customer = await createActor({ role: "customer" });
    const colleague = await createActor({ role: "customer" });
    const stranger = await createActor({ role: "customer" });
    const contract = await createContract({ activatedFor: [customer.id, colleague.id] });
    const [asset] = await db.select().from(assets).where(eq(assets.contractId, contract.id));
    const support = (requesterId: string) => ({
      requesterId,
      type: "support" as const,
      assetId: asset!.id,
      contractId: contract.id,
      vendor: asset!.vendor,
    });
    const word = `zebra${uniqueSuffix()
      .toLowerCase()
      .replace(/[^a-z0-9]/g, "")}`;
    const subject = `Common ${word} problem`;
    const own = await createTicketRow({ requesterId: customer.id, subject });
    const shared = await createTicketRow({ ...support(colleague.id), subject });
    // Not the customer's: the colleague's administrative ticket, and a stranger's.
    await createTicketRow({ requesterId: colleague.id, subject });
    await createTicketRow({ requesterId: stranger.id, subject });
    const visible = [own.id, shared.id].sort();
    for (const walkRows of [0, 1, 2, 50]) {
      for (const sort of ["updated", "created", "oldest"] as const) {
        const found = await listTickets(customer, { q: word, sort, limit: 1 }, { walkRows });
        const second = await listTickets(
          customer,
          { q: word, sort, limit: 1, cursor: found.nextCursor! },
          { walkRows },
        );
        expect(
          [...found.tickets, ...second.tickets].map((ticket) => ticket.id).sort(),
          `${sort}, walk ${walkRows}`,
        ).toEqual(visible);
        expect(second.nextCursor).toBeNull();
      }
      expect(
        (await listTickets(stranger, { q: word }, { walkRows })).tickets.map(
          (t) => t.requesterName,
        ),
      ).toHaveLength(1);
    }
  });

  it("parses ticket numbers and search words safely", () => {
    expect(parseTicketNumber("cs-000123")).toBe(123);
    expect(parseTicketNumber("CS123")).toBe(123);
    expect(parseTicketNumber("firewall")).toBeNull();
    expect(toPrefixQuery("IPsec: 'tunnel' & (drop) | !x")).toBe(
      "ipsec:* & tunnel:* & drop:* & x:*",
    );
    expect(toPrefixQuery("!!! ")).toBeNull();
  });
});
