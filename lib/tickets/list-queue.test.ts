import { eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { assets, ticketMessages, tickets } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { createActor, createContract, createTicketRow, uniqueSuffix } from "@/test/factories";
import { bulkUpdateTickets } from "./bulk-update";
import { countNewQueueTickets, listQueue } from "./list-queue";
import { queueQueryFromSearchParams, type QueueQueryInput } from "./queue-query";
import { formatTicketNumber } from "./ticket-number";

const hours = (count: number) => new Date(Date.now() + count * 3_600_000);
const context = { ip: "127.0.0.1", userAgent: "vitest" };

/** Every id the query returns, walking all pages. */
async function allIds(actor: Actor, query: QueueQueryInput = {}): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await listQueue(actor, { limit: 100, ...query, cursor });
    ids.push(...page.tickets.map((ticket) => ticket.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

let engineer: Actor;
let colleague: Actor;
let requester: Actor;

beforeAll(async () => {
  engineer = await createActor({ role: "support_engineer" });
  colleague = await createActor({ role: "support_engineer" });
  requester = await createActor({ role: "customer", company: `Views ${uniqueSuffix()} S.A.` });
});

describe("the staff queue", () => {
  it("puts each ticket in the views it belongs to", async () => {
    const r = { requesterId: requester.id };
    const unassigned = await createTicketRow({ ...r, status: "new" });
    const mine = await createTicketRow({ ...r, status: "open", assigneeId: engineer.id });
    const waiting = await createTicketRow({
      ...r,
      status: "waiting_for_customer",
      assigneeId: colleague.id,
      slaPausedAt: hours(-30),
      resolutionDueAt: hours(-20), // paused: does not breach
    });
    const dueSoon = await createTicketRow({
      ...r,
      status: "open",
      assigneeId: colleague.id,
      firstRespondedAt: hours(-1),
      resolutionDueAt: hours(1),
    });
    const dueLater = await createTicketRow({
      ...r,
      status: "open",
      assigneeId: colleague.id,
      firstRespondedAt: hours(-1),
      resolutionDueAt: hours(50),
    });
    const firstResponseLate = await createTicketRow({
      ...r,
      status: "new",
      firstResponseDueAt: hours(-1),
      resolutionDueAt: hours(50),
    });
    const answeredInTime = await createTicketRow({
      ...r,
      status: "open",
      assigneeId: colleague.id,
      firstResponseDueAt: hours(-1),
      firstRespondedAt: hours(-2),
      resolutionDueAt: hours(50),
    });
    // Stored due in 1 h, but paused for 10 h earlier: the effective due time is far off.
    const movedByPause = await createTicketRow({
      ...r,
      status: "open",
      assigneeId: colleague.id,
      firstRespondedAt: hours(-1),
      resolutionDueAt: hours(1),
      slaPausedSeconds: 36_000,
    });
    const resolvedRecently = await createTicketRow({
      ...r,
      status: "resolved",
      resolvedAt: hours(-24),
    });
    const resolvedLongAgo = await createTicketRow({
      ...r,
      status: "closed",
      resolvedAt: hours(-24 * 10),
      closedAt: hours(-24 * 9),
    });
    const all = [
      unassigned,
      mine,
      waiting,
      dueSoon,
      dueLater,
      firstResponseLate,
      answeredInTime,
      movedByPause,
      resolvedRecently,
      resolvedLongAgo,
    ];
    const view = async (name: QueueQueryInput["view"]) => {
      const ids = new Set(await allIds(engineer, { view: name, company: requester.company }));
      return all.filter((ticket) => ids.has(ticket.id)).map((ticket) => ticket.id);
    };

    expect(await view("unassigned")).toEqual([unassigned.id, firstResponseLate.id]);
    expect(await view("mine")).toEqual([mine.id]);
    expect(await view("open")).toEqual(
      [unassigned, mine, dueSoon, dueLater, firstResponseLate, answeredInTime, movedByPause].map(
        (ticket) => ticket.id,
      ),
    );
    expect(await view("waiting")).toEqual([waiting.id]);
    expect(await view("sla")).toEqual([dueSoon.id, firstResponseLate.id]);
    expect(await view("resolved")).toEqual([resolvedRecently.id]);
    // any status, any age
    expect(await view("all")).toEqual(all.map((ticket) => ticket.id));

    const [item] = (await listQueue(engineer, { view: "mine", company: requester.company }))
      .tickets;
    expect(item).toMatchObject({
      id: mine.id,
      number: mine.number,
      requesterName: `${requester.firstName} ${requester.lastName}`,
      requesterCompany: requester.company,
      assigneeName: `${engineer.firstName} ${engineer.lastName}`,
      slaPausedSeconds: 0,
    });
  });

  it("filters by status, priority, type, vendor, company, contract and assignee", async () => {
    const company = `Filters ${uniqueSuffix()} Sp. z o.o.`;
    const customer = await createActor({ role: "customer", company });
    const contract = await createContract({ activatedFor: [customer.id], vendors: ["f5"] });
    const [asset] = await db.select().from(assets).where(eq(assets.contractId, contract.id));
    const support = await createTicketRow({
      requesterId: customer.id,
      type: "support",
      assetId: asset!.id,
      contractId: contract.id,
      vendor: "f5",
      priority: "critical",
      status: "open",
      assigneeId: colleague.id,
    });
    const admin = await createTicketRow({ requesterId: customer.id, priority: "low" });
    const ids = (query: QueueQueryInput) => allIds(engineer, { company, ...query });

    expect(await ids({})).toEqual(expect.arrayContaining([support.id, admin.id]));
    expect(await ids({ company: company.slice(0, 14).toLowerCase() })).toHaveLength(2);
    expect(await ids({ company: "%" })).toEqual([]); // LIKE wildcards are literal
    expect(await ids({ status: ["new"] })).toEqual([admin.id]);
    expect(await ids({ priority: ["critical"] })).toEqual([support.id]);
    expect(await ids({ type: "administrative" })).toEqual([admin.id]);
    expect(await ids({ vendor: "f5" })).toEqual([support.id]);
    expect(await ids({ vendor: "fortinet" })).toEqual([]);
    expect(await ids({ contract: contract.number.slice(5).toLowerCase() })).toEqual([support.id]);
    expect(await ids({ contractId: contract.id })).toEqual([support.id]);
    expect(await ids({ assignee: "none" })).toEqual([admin.id]);
    expect(await ids({ assignee: colleague.id })).toEqual([support.id]);

    const [row] = (await listQueue(engineer, { company, vendor: "f5" })).tickets;
    expect(row).toMatchObject({
      contractNumber: contract.number,
      serviceLevel: "8x5_nbd",
      product: "f5 appliance",
      vendor: "f5",
    });
  });

  it("searches subject, description, replies and internal notes, ticket numbers and serials", async () => {
    const company = `Search ${uniqueSuffix()} GmbH`;
    const customer = await createActor({ role: "customer", company });
    const r = { requesterId: customer.id, status: "open" as const };
    const contract = await createContract({ activatedFor: [customer.id], vendors: ["paloalto"] });
    const [asset] = await db.select().from(assets).where(eq(assets.contractId, contract.id));
    const bySerial = await createTicketRow({
      ...r,
      type: "support",
      assetId: asset!.id,
      contractId: contract.id,
      vendor: "paloalto",
    });
    const bySubject = await createTicketRow({ ...r, subject: "IPsec tunnel drops nightly" });
    const byDescription = await createTicketRow({
      ...r,
      description: "The cluster reports split-brain after failover.",
    });
    const byReply = await createTicketRow(r);
    const byNote = await createTicketRow(r);
    await db.insert(ticketMessages).values([
      { ticketId: byReply.id, authorId: customer.id, body: "Watchdog rebooted the appliance" },
      {
        ticketId: byNote.id,
        authorId: engineer.id,
        body: "Vendor TAC says: known memleak in 7.2.5",
        internal: true,
      },
    ]);
    // Both plans: a list of matching ids (rare terms) and a per-row test (common terms).
    const search = async (q: string) => {
      const byIds = await allIds(engineer, { company, q });
      const page = await listQueue(engineer, { company, q, limit: 100 }, { walkRows: 0 });
      expect(page.tickets.map((ticket) => ticket.id)).toEqual(byIds);
      return byIds;
    };

    expect(await search("ipsec tun")).toEqual([bySubject.id]);
    expect(await search("split brain")).toEqual([byDescription.id]);
    expect(await search("watchdog")).toEqual([byReply.id]);
    expect(await search("memleak")).toEqual([byNote.id]);
    expect(await search(formatTicketNumber(byNote.number))).toEqual([byNote.id]);
    expect(await search(asset!.serialNumber)).toEqual([bySerial.id]);
    expect(await search(` ${asset!.serialNumber.toLowerCase()} `)).toEqual([bySerial.id]);
    expect(await search("nothing-like-this")).toEqual([]);
    expect(await search("!!!")).toEqual([]);
  });

  it("finds a common word in the view's order by walking it, and a rare one through the indexes", async () => {
    const company = `Common ${uniqueSuffix()} S.A.`;
    const customer = await createActor({ role: "customer", company });
    const r = { requesterId: customer.id, status: "open" as const };
    // Eight tickets with the word (two only in a message), two without, spread in time.
    const withWord: string[] = [];
    for (let index = 0; index < 10; index++) {
      const inSubject = index % 3 !== 2 && index < 8;
      const ticket = await createTicketRow({
        ...r,
        subject: inSubject ? `Firewall cluster ${index}` : `Question ${index}`,
        resolutionDueAt: hours(index),
      });
      if (index === 8 || index === 9) {
        await db
          .insert(ticketMessages)
          .values({ ticketId: ticket.id, authorId: engineer.id, body: "The firewall reboots" });
      }
      if (inSubject || index >= 8) withWord.push(ticket.id);
      await db.execute(
        sql`update ${tickets} set updated_at = now() - ${`${index} minutes`}::interval, created_at = now() - ${`${10 - index} days`}::interval where id = ${ticket.id}`,
      );
    }
    expect(withWord).toHaveLength(8);
    for (const sort of ["updated", "created", "oldest", "due"] as const) {
      const expected = (await allIds(engineer, { company, sort })).filter((id) =>
        withWord.includes(id),
      );
      // However far the walk goes before it falls back to the indexes (0: straight there),
      // pages of 2 come out the same, in the view's order, each match once.
      for (const walkRows of [0, 1, 2, 3, 5, 10, 50]) {
        const seen: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await listQueue(
            engineer,
            { company, sort, q: "firew", limit: 2, cursor },
            {
              walkRows,
            },
          );
          seen.push(...page.tickets.map((ticket) => ticket.id));
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        expect(seen, `${sort}, walk ${walkRows}`).toEqual(expected);
      }
    }
  });

  it("searches messages as they are written, edited and deleted", async () => {
    const company = `Messages ${uniqueSuffix()} Ltd`;
    const customer = await createActor({ role: "customer", company });
    const ticket = await createTicketRow({ requesterId: customer.id, status: "open" });
    const ids = async (q: string) =>
      (await listQueue(engineer, { company, q })).tickets.map((row) => row.id);
    // One statement, two messages: the trigger adds both.
    const [first] = await db
      .insert(ticketMessages)
      .values([
        { ticketId: ticket.id, authorId: customer.id, body: "Kernel panic on boot" },
        {
          ticketId: ticket.id,
          authorId: engineer.id,
          body: "Collect the crashdump",
          internal: true,
        },
      ])
      .returning();
    expect(await ids("panic")).toEqual([ticket.id]);
    expect(await ids("crashdump")).toEqual([ticket.id]);
    await db
      .update(ticketMessages)
      .set({ body: "Watchdog reset" })
      .where(eq(ticketMessages.id, first!.id));
    expect(await ids("panic")).toEqual([]);
    expect(await ids("watchdog")).toEqual([ticket.id]);
    await db.delete(ticketMessages).where(eq(ticketMessages.ticketId, ticket.id));
    expect(await ids("watchdog")).toEqual([]);
    expect(await ids("crashdump")).toEqual([]);
  });

  it("walks every page once in every sort, even when sort keys tie or are empty", async () => {
    const company = `Pages ${uniqueSuffix()} Ltd`;
    const customer = await createActor({ role: "customer", company });
    const created: string[] = [];
    for (let index = 0; index < 23; index++) {
      const ticket = await createTicketRow({
        requesterId: customer.id,
        status: "open",
        // Some without a due time (sorted last by "due"), the rest in three tied groups.
        resolutionDueAt: index % 4 === 0 ? null : hours(index % 3),
      });
      created.push(ticket.id);
    }
    await db.execute(
      sql`update ${tickets} set updated_at = '2026-01-01 10:00:00.123456+00', created_at = '2025-12-01 08:00:00.654321+00' where id in ${created}`,
    );
    for (const sort of ["updated", "created", "oldest", "due"] as const) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listQueue(engineer, { company, sort, limit: 5, cursor });
        seen.push(...page.tickets.map((ticket) => ticket.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen, sort).toHaveLength(23);
      expect(new Set(seen), sort).toEqual(new Set(created));
    }
    const dueOrder = await listQueue(engineer, { company, sort: "due", limit: 100 });
    const dues = dueOrder.tickets.map((ticket) => ticket.resolutionDueAt?.getTime() ?? Infinity);
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    // A cursor from another sort, or garbage, starts from the first page.
    const first = await listQueue(engineer, { company, sort: "updated", limit: 5 });
    expect(
      (await listQueue(engineer, { company, sort: "due", limit: 5, cursor: first.nextCursor! }))
        .tickets,
    ).toHaveLength(5);
    expect((await listQueue(engineer, { company, cursor: "garbage" })).tickets).toHaveLength(23);
  });

  it("fills every page of the SLA view, never an empty page with a next one", async () => {
    const company = `SLA pages ${uniqueSuffix()} S.A.`;
    const customer = await createActor({ role: "customer", company });
    const r = { requesterId: customer.id, status: "open" as const, firstRespondedAt: hours(-9) };
    // Preselected by SQL (stored due + 9 paused hours is 1 h from now), but 9 business hours
    // on an 8x5 clock span a night, so the effective due time is a day away: not in the view.
    for (let index = 0; index < 3; index++) {
      await createTicketRow({ ...r, resolutionDueAt: hours(-8), slaPausedSeconds: 9 * 3600 });
    }
    const due = await createTicketRow({ ...r, resolutionDueAt: hours(1) });
    // The default sort (recently updated) meets the three outside the view first.
    await db.execute(
      sql`update ${tickets} set updated_at = now() - interval '1 day' where id = ${due.id}`,
    );

    const page = await listQueue(engineer, { view: "sla", company, limit: 2 });
    expect(page.tickets.map((ticket) => ticket.id)).toEqual([due.id]);
    expect(page.nextCursor).toBeNull();
    expect(await allIds(engineer, { view: "sla", company })).toEqual([due.id]);
  });

  it("counts the tickets that arrived since a moment, for the queue's new tickets notice", async () => {
    const since = new Date(Date.now() - 1000);
    expect(await countNewQueueTickets(engineer, new Date(Date.now() + 60_000))).toBe(0);
    await createTicketRow({ requesterId: requester.id });
    await createTicketRow({ requesterId: requester.id });
    expect(await countNewQueueTickets(engineer, since)).toBeGreaterThanOrEqual(2);
    await expect(countNewQueueTickets(requester, since)).rejects.toThrow();
  });

  it("is for support engineers and admins only", async () => {
    const admin = await createActor({ role: "admin" });
    await expect(listQueue(admin, { view: "open" })).resolves.toBeDefined();
    for (const role of ["customer", "orders_team"] as const) {
      const actor = await createActor({ role });
      await expect(listQueue(actor), role).rejects.toMatchObject({ code: "forbidden" });
      await expect(
        bulkUpdateTickets(actor, { ticketIds: [crypto.randomUUID()], status: "open" }, context),
        role,
      ).rejects.toMatchObject({ code: "forbidden" });
    }
  });

  it("reads the URL leniently and writes it back without defaults", () => {
    const query = queueQueryFromSearchParams({
      view: "sla",
      status: ["open", "bogus"],
      priority: "high",
      assignee: "none",
      limit: "1000",
    });
    expect(query).toMatchObject({ view: "sla", status: [], priority: ["high"], assignee: "none" });
    expect(queueQueryFromSearchParams({ view: "nope", q: " x " })).toMatchObject({
      view: "open",
      q: "x",
    });
  });
});

describe("bulk updates", () => {
  it("assigns and moves each ticket on its own; one failure does not undo the rest", async () => {
    const customer = await createActor({ role: "customer" });
    const first = await createTicketRow({ requesterId: customer.id, status: "new" });
    const second = await createTicketRow({ requesterId: customer.id, status: "new" });
    const missing = crypto.randomUUID();

    const assigned = await bulkUpdateTickets(
      engineer,
      { ticketIds: [first.id, second.id, missing], assigneeId: engineer.id },
      context,
    );
    expect(assigned.updated).toBe(2);
    expect(assigned.failed).toEqual([{ ticketId: missing, message: expect.any(String) }]);

    const moved = await bulkUpdateTickets(
      engineer,
      { ticketIds: [first.id, second.id], status: "open", assigneeId: null },
      context,
    );
    expect(moved).toEqual({ updated: 2, failed: [] });
    const rows = await db
      .select({ status: tickets.status, assigneeId: tickets.assigneeId })
      .from(tickets)
      .where(inArray(tickets.id, [first.id, second.id]));
    expect(rows).toEqual([
      { status: "open", assigneeId: null },
      { status: "open", assigneeId: null },
    ]);

    await expect(
      bulkUpdateTickets(engineer, { ticketIds: [first.id] }, context),
    ).rejects.toMatchObject({ code: "invalid" });
    await expect(
      bulkUpdateTickets(
        engineer,
        { ticketIds: Array.from({ length: 101 }, () => crypto.randomUUID()), status: "open" },
        context,
      ),
    ).rejects.toMatchObject({ code: "invalid" });
  });
});
