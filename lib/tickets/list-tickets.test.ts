import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { tickets } from "@/db/schema";
import { createActor, createTicketRow } from "@/test/factories";
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
