import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { assets, auditEvents, contracts, ticketFollowers, tickets, type Ticket } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { computeDueTimes } from "@/lib/sla/due-times";
import {
  createContract,
  createTicketRow,
  createUser,
  latestEmailTo,
  actorOf as asActor,
} from "@/test/factories";

import { addReply } from "./add-reply";
import { assignTicket, listAssignableStaff } from "./assign-ticket";
import { changeTicketPriority } from "./change-ticket-priority";
import { changeTicketStatus } from "./change-ticket-status";
import { createTicket } from "./create-ticket";
import { outcome } from "@/test/outcome";

const ctx = { ip: "192.0.2.7", userAgent: "vitest" };

const at = (iso: string) => new Date(iso);

let requester: Awaited<ReturnType<typeof createUser>>;
let follower: Awaited<ReturnType<typeof createUser>>;
let actors: Record<"customer" | "orders" | "engineer" | "admin" | "engineer2", Actor>;
let contractId: string;
let assetId: string;

beforeAll(async () => {
  requester = await createUser();
  follower = await createUser();
  actors = {
    customer: asActor(requester),
    orders: asActor(await createUser({ role: "orders_team" })),
    engineer: asActor(await createUser({ role: "support_engineer", firstName: "Ewa" })),
    engineer2: asActor(await createUser({ role: "support_engineer", firstName: "Jan" })),
    admin: asActor(await createUser({ role: "admin", firstName: "Ada" })),
  };
  const contract = await createContract({ activatedFor: [requester.id, follower.id] });
  contractId = contract.id;
  const [asset] = await db.select().from(assets).where(eq(assets.contractId, contract.id)).limit(1);
  assetId = asset!.id;
});

afterEach(() => {
  vi.useRealTimers();
});

/** Fakes `Date` only: the database driver's timers keep running. */
const setNow = (iso: string) => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(at(iso));
};

const adminTicket = (overrides: Partial<typeof tickets.$inferInsert> = {}) =>
  createTicketRow({ requesterId: requester.id, ...overrides });

async function supportTicket(
  serviceLevel: "8x5_nbd" | "8x5_4h" | "24x7_4h",
  overrides: Partial<typeof tickets.$inferInsert> = {},
) {
  await db.update(contracts).set({ serviceLevel }).where(eq(contracts.id, contractId));
  return createTicketRow({
    requesterId: requester.id,
    type: "support",
    contractId,
    assetId,
    vendor: "fortinet",
    ...overrides,
  });
}

const reload = async (ticket: Pick<Ticket, "id">) => {
  const [row] = await db.select().from(tickets).where(eq(tickets.id, ticket.id));
  return row!;
};

const auditOf = (ticketId: string, action: string) =>
  db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.targetId, ticketId), eq(auditEvents.action, action)))
    .orderBy(asc(auditEvents.id));

describe("who may act", () => {
  const uses = {
    status: (actor: Actor, id: string) => changeTicketStatus(actor, id, "open", ctx),
    assign: (actor: Actor, id: string) => assignTicket(actor, id, actors.engineer.id, ctx),
    priority: (actor: Actor, id: string) => changeTicketPriority(actor, id, "high", ctx),
  };
  const matrix: Array<[keyof typeof actors, string]> = [
    ["customer", "forbidden"],
    ["orders", "forbidden"],
    ["engineer", "allowed"],
    ["admin", "allowed"],
  ];

  for (const [use, run] of Object.entries(uses)) {
    it.each(matrix)(`${use}: %s → %s`, async (who, expected) => {
      const ticket = await adminTicket();
      expect(await outcome(() => run(actors[who], ticket.id))).toBe(expected);
    });

    it(`${use}: an unknown ticket is not found`, async () => {
      expect(
        await outcome(() => run(actors.engineer, "6b0f5a8e-9c31-4f3e-8d2a-1a2b3c4d5e6f")),
      ).toBe("not_found");
      expect(await outcome(() => run(actors.engineer, "not-a-uuid"))).toBe("not_found");
    });
  }

  it.each(matrix)("listAssignableStaff: %s → %s", async (who, expected) => {
    expect(await outcome(() => listAssignableStaff(actors[who]))).toBe(expected);
  });
});

describe("changeTicketStatus", () => {
  it("moves, stamps resolved and closed, and clears them on reopening", async () => {
    const ticket = await adminTicket();
    await changeTicketStatus(actors.engineer, ticket.id, "open", ctx);
    expect(await reload(ticket)).toMatchObject({ status: "open", resolvedAt: null });

    await changeTicketStatus(actors.engineer, ticket.id, "resolved", ctx);
    const resolved = await reload(ticket);
    expect(resolved.status).toBe("resolved");
    expect(resolved.resolvedAt).toBeInstanceOf(Date);

    await changeTicketStatus(actors.admin, ticket.id, "closed", ctx);
    const closed = await reload(ticket);
    expect(closed.closedAt).toBeInstanceOf(Date);
    expect(closed.resolvedAt).toEqual(resolved.resolvedAt);

    await changeTicketStatus(actors.engineer, ticket.id, "open", ctx);
    expect(await reload(ticket)).toMatchObject({
      status: "open",
      resolvedAt: null,
      closedAt: null,
    });

    const events = await auditOf(ticket.id, "ticket.status_change");
    expect(events.map((event) => event.details)).toEqual([
      { from: "new", to: "open" },
      { from: "open", to: "resolved" },
      { from: "resolved", to: "closed" },
      { from: "closed", to: "open" },
    ]);
    expect(events[0]).toMatchObject({
      actorId: actors.engineer.id,
      ip: ctx.ip,
      targetType: "ticket",
    });
  });

  it("refuses the same status (conflict) and any move back to New (invalid)", async () => {
    const ticket = await adminTicket({ status: "open" });
    expect(await outcome(() => changeTicketStatus(actors.engineer, ticket.id, "open", ctx))).toBe(
      "conflict",
    );
    expect(await outcome(() => changeTicketStatus(actors.engineer, ticket.id, "new", ctx))).toBe(
      "invalid",
    );
    expect((await reload(ticket)).status).toBe("open");
  });

  it("emails the requester and followers with a link to the ticket", async () => {
    const ticket = await adminTicket();
    await db.insert(ticketFollowers).values({ ticketId: ticket.id, userId: follower.id });
    await changeTicketStatus(actors.engineer, ticket.id, "waiting_for_customer", ctx);
    for (const user of [requester, follower]) {
      const email = await latestEmailTo(user.email);
      expect(email?.subject).toContain("Status changed to Waiting for you");
      expect(email?.subject).toContain(ticket.subject);
      expect(email?.text).toContain(`/tickets/${ticket.id}`);
    }
  });

  it("pauses while waiting and adds business seconds for administrative (8x5 NBD) tickets", async () => {
    const ticket = await adminTicket({ status: "open", slaPausedSeconds: 600 });
    setNow("2026-03-13T15:00:00+01:00"); // Friday
    await changeTicketStatus(actors.engineer, ticket.id, "waiting_for_customer", ctx);
    expect((await reload(ticket)).slaPausedAt).toEqual(at("2026-03-13T15:00:00+01:00"));

    setNow("2026-03-16T09:00:00+01:00"); // Monday: 1 h Friday + 1 h Monday
    await changeTicketStatus(actors.engineer, ticket.id, "open", ctx);
    expect(await reload(ticket)).toMatchObject({
      slaPausedAt: null,
      slaPausedSeconds: 600 + 2 * 3600,
    });
  });

  it("adds calendar seconds for 24x7 contracts, also when resolving from waiting", async () => {
    const ticket = await supportTicket("24x7_4h", { status: "open" });
    setNow("2026-03-13T15:00:00+01:00");
    await changeTicketStatus(actors.engineer, ticket.id, "waiting_for_customer", ctx);
    setNow("2026-03-16T09:00:00+01:00");
    await changeTicketStatus(actors.engineer, ticket.id, "resolved", ctx);
    expect(await reload(ticket)).toMatchObject({
      status: "resolved",
      slaPausedAt: null,
      slaPausedSeconds: 66 * 3600,
      resolvedAt: at("2026-03-16T09:00:00+01:00"),
    });
  });

  it("resumes the clock when the customer's reply reopens a waiting ticket", async () => {
    const ticket = await supportTicket("8x5_4h", {
      status: "waiting_for_customer",
      slaPausedAt: at("2026-03-13T15:00:00+01:00"),
      slaPausedSeconds: 60,
    });
    setNow("2026-03-16T10:30:00+01:00");
    const { status } = await addReply(
      actors.customer,
      ticket.id,
      { body: "Here are the logs.", internal: false },
      ctx,
    );
    expect(status).toBe("open");
    expect(await reload(ticket)).toMatchObject({
      slaPausedAt: null,
      slaPausedSeconds: 60 + 3.5 * 3600,
    });
  });
});

describe("assignTicket", () => {
  it("assigns, reassigns and unassigns, leaving the status alone", async () => {
    const ticket = await adminTicket();
    await assignTicket(actors.admin, ticket.id, actors.engineer.id, ctx);
    expect(await reload(ticket)).toMatchObject({ assigneeId: actors.engineer.id, status: "new" });
    await assignTicket(actors.engineer, ticket.id, actors.engineer.id, ctx); // unchanged: no event
    await assignTicket(actors.engineer, ticket.id, actors.admin.id, ctx);
    await assignTicket(actors.engineer, ticket.id, null, ctx);
    expect((await reload(ticket)).assigneeId).toBeNull();

    const events = await auditOf(ticket.id, "ticket.assign");
    expect(events.map((event) => event.details)).toMatchObject([
      { from: null, to: actors.engineer.id, fromName: null },
      { from: actors.engineer.id, to: actors.admin.id },
      { from: actors.admin.id, to: null, toName: null },
    ]);
    expect(events[0]!.details).toMatchObject({ toName: `Ewa ${actors.engineer.lastName}` });
  });

  it("accepts only active support engineers and admins", async () => {
    const ticket = await adminTicket();
    const disabled = await createUser({ role: "support_engineer", status: "disabled" });
    for (const assigneeId of [requester.id, actors.orders.id, disabled.id, "nobody"]) {
      const error = await assignTicket(actors.engineer, ticket.id, assigneeId, ctx).catch(
        (caught: unknown) => caught,
      );
      expect(error).toMatchObject({ code: "invalid", field: "assigneeId" });
    }
    expect((await reload(ticket)).assigneeId).toBeNull();
  });

  it("lists active engineers and admins only", async () => {
    const staff = await listAssignableStaff(actors.engineer);
    const ids = staff.map((person) => person.id);
    expect(ids).toEqual(
      expect.arrayContaining([actors.engineer.id, actors.engineer2.id, actors.admin.id]),
    );
    expect(ids).not.toContain(requester.id);
    expect(ids).not.toContain(actors.orders.id);
    expect(staff.find((person) => person.id === actors.admin.id)?.name).toBe(
      `Ada ${actors.admin.lastName}`,
    );
  });
});

describe("changeTicketPriority", () => {
  it("recomputes the due times from creation and keeps the paused seconds", async () => {
    const createdAt = at("2026-03-10T09:00:00+01:00");
    const ticket = await supportTicket("24x7_4h", {
      createdAt,
      slaPausedSeconds: 1200,
      ...computeDueTimes({ serviceLevel: "24x7_4h", priority: "normal", from: createdAt }),
    });
    await changeTicketPriority(actors.engineer, ticket.id, "critical", ctx);
    expect(await reload(ticket)).toMatchObject({
      priority: "critical",
      firstResponseDueAt: at("2026-03-10T10:00:00+01:00"),
      resolutionDueAt: at("2026-03-10T13:00:00+01:00"),
      slaPausedSeconds: 1200,
    });
    expect((await auditOf(ticket.id, "ticket.priority_change"))[0]?.details).toEqual({
      from: "normal",
      to: "critical",
    });
    expect(
      await outcome(() => changeTicketPriority(actors.engineer, ticket.id, "critical", ctx)),
    ).toBe("conflict");
  });
});

describe("createTicket", () => {
  it("sets the due times of the contract's service level, 8x5 NBD for administrative tickets", async () => {
    const { id } = await createTicket(
      actors.customer,
      {
        idempotencyKey: randomUUID(),
        subject: "Cannot register a contract",
        description: "It says no.",
        priority: "high",
        assetId: "",
        vendorFields: {},
      },
      ctx,
    );
    const ticket = await reload({ id });
    expect(ticket).toMatchObject(
      computeDueTimes({ serviceLevel: "8x5_nbd", priority: "high", from: ticket.createdAt }),
    );
  });
});
