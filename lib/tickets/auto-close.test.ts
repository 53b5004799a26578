import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents, tickets } from "@/db/schema";
import { createTicketRow, createUser } from "@/test/factories";
import { autoCloseDays, closeResolvedTickets } from "./auto-close";

const now = new Date("2026-03-20T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

describe("closeResolvedTickets", () => {
  it("closes tickets resolved at least N days ago, once, with an audit event each", async () => {
    const { id: requesterId } = await createUser();
    const old = await createTicketRow({ requesterId, status: "resolved", resolvedAt: daysAgo(8) });
    const exactly = await createTicketRow({
      requesterId,
      status: "resolved",
      resolvedAt: daysAgo(7),
    });
    const recent = await createTicketRow({
      requesterId,
      status: "resolved",
      resolvedAt: daysAgo(6),
    });
    const reopened = await createTicketRow({ requesterId, status: "open", resolvedAt: daysAgo(9) });

    expect(await closeResolvedTickets(now, 7)).toBe(2);
    expect(await closeResolvedTickets(now, 7)).toBe(0);

    const rows = await db
      .select({ id: tickets.id, status: tickets.status, closedAt: tickets.closedAt })
      .from(tickets)
      .where(inArray(tickets.id, [old.id, exactly.id, recent.id, reopened.id]));
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(old.id)).toMatchObject({ status: "closed", closedAt: now });
    expect(byId.get(exactly.id)).toMatchObject({ status: "closed", closedAt: now });
    expect(byId.get(recent.id)).toMatchObject({ status: "resolved", closedAt: null });
    expect(byId.get(reopened.id)).toMatchObject({ status: "open" });

    const events = await db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, "ticket.auto_close"), eq(auditEvents.targetType, "ticket")),
      );
    expect(events.map((event) => event.targetId).sort()).toEqual([old.id, exactly.id].sort());
    expect(events[0]).toMatchObject({
      actorId: null,
      outcome: "success",
      details: { from: "resolved", to: "closed", afterDays: 7 },
    });

    // A shorter period from the environment's value closes the recent one too.
    expect(await closeResolvedTickets(now, 5)).toBe(1);
  });
});

describe("autoCloseDays", () => {
  it.each([
    [undefined, 7],
    ["", 7],
    ["abc", 7],
    ["0", 7],
    ["-3", 7],
    ["14", 14],
    ["1.5", 1.5],
  ])("AUTO_CLOSE_RESOLVED_DAYS=%s → %s", (value, days) => {
    expect(autoCloseDays(value)).toBe(days);
  });
});
