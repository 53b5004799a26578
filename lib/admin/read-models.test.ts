import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { createContract, createTicketRow, createUser, uniqueSuffix } from "@/test/factories";
import { listAuditEvents } from "./list-audit-events";
import { listUsers } from "./list-users";
import { getOverviewStats } from "./overview-stats";

const HOUR = 3_600_000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR);

describe("listUsers", () => {
  it("searches, filters by role and status, and pages forwards and back in login order", async () => {
    const admin = await createUser({ role: "admin" });
    const tag = `zz${uniqueSuffix()}`;
    const made = [];
    for (let i = 0; i < 5; i++)
      made.push(await createUser({ login: `${tag}-${i}`, company: `Tag ${tag}` }));
    await createUser({ login: `${tag}-eng`, role: "support_engineer" });
    await createUser({ login: `${tag}-off`, status: "disabled" });

    const all = await listUsers(admin, { q: tag.toUpperCase() });
    expect(all.items.map((u) => u.login)).toEqual([
      ...made.map((u) => u.login),
      `${tag}-eng`,
      `${tag}-off`,
    ]);
    expect(all.items[0]).not.toHaveProperty("passwordHash");
    expect((await listUsers(admin, { q: tag, role: "support_engineer" })).items).toHaveLength(1);
    expect(
      (await listUsers(admin, { q: tag, status: "disabled" })).items.map((u) => u.login),
    ).toEqual([`${tag}-off`]);
    // Customers are listed too, and a literal % is not a wildcard.
    expect((await listUsers(admin, { q: `${tag}%` })).items).toHaveLength(0);

    const page1 = await listUsers(admin, { q: tag, limit: 3 });
    expect(page1.items.map((u) => u.login)).toEqual(made.slice(0, 3).map((u) => u.login));
    expect(page1.prevCursor).toBeNull();
    const page2 = await listUsers(admin, { q: tag, limit: 3, after: page1.nextCursor! });
    expect(page2.items.map((u) => u.login)).toEqual([made[3]!.login, made[4]!.login, `${tag}-eng`]);
    const page3 = await listUsers(admin, { q: tag, limit: 3, after: page2.nextCursor! });
    expect(page3.items.map((u) => u.login)).toEqual([`${tag}-off`]);
    expect(page3.nextCursor).toBeNull();
    const back = await listUsers(admin, { q: tag, limit: 3, before: page2.prevCursor! });
    expect(back.items.map((u) => u.login)).toEqual(page1.items.map((u) => u.login));
    expect(back.prevCursor).toBeNull();
  });
});

describe("listAuditEvents", () => {
  it("filters by actor, action (or family), record and time, newest first, in keyset pages", async () => {
    const admin = await createUser({ role: "admin" });
    const actor = await createUser({ login: `auditee-${uniqueSuffix()}` });
    const target = uniqueSuffix();
    for (let i = 0; i < 5; i++) {
      await recordAuditEvent(db, {
        actorId: actor.id,
        action: i % 2 ? "ticket.reply" : "ticket.create",
        targetType: "ticket",
        targetId: target,
        ip: "192.0.2.1",
        details: { i },
      });
    }
    await recordAuditEvent(db, {
      actorId: actor.id,
      action: "auth.login",
      targetType: "user",
      targetId: actor.id,
    });

    const byActor = await listAuditEvents(admin, { actor: actor.login.toUpperCase() });
    expect(byActor.items).toHaveLength(6);
    expect(byActor.items[0]).toMatchObject({
      action: "auth.login",
      actor: { id: actor.id, login: actor.login, email: actor.email },
      targetLogin: actor.login,
    });
    const byRecord = await listAuditEvents(admin, { targetType: "ticket", targetId: target });
    expect(byRecord.items.map((e) => e.details)).toEqual([4, 3, 2, 1, 0].map((i) => ({ i })));
    expect(
      (await listAuditEvents(admin, { targetId: target, action: "ticket.reply" })).items,
    ).toHaveLength(2);
    expect(
      (await listAuditEvents(admin, { actor: actor.login, action: "ticket." })).items,
    ).toHaveLength(5);

    const page1 = await listAuditEvents(admin, { targetId: target, limit: 2 });
    const page2 = await listAuditEvents(admin, {
      targetId: target,
      limit: 2,
      after: page1.nextCursor!,
    });
    const page3 = await listAuditEvents(admin, {
      targetId: target,
      limit: 2,
      after: page2.nextCursor!,
    });
    expect([...page1.items, ...page2.items, ...page3.items].map((e) => e.details)).toEqual(
      byRecord.items.map((e) => e.details),
    );
    expect(page3.nextCursor).toBeNull();
    const back = await listAuditEvents(admin, {
      targetId: target,
      limit: 2,
      before: page2.prevCursor!,
    });
    expect(back.items.map((e) => e.id)).toEqual(page1.items.map((e) => e.id));

    // Time range in Warsaw time: push one event to 2020-01-15 12:00 Warsaw (11:00 UTC).
    await db.execute(
      sql`update ${auditEvents} set created_at = '2020-01-15T11:00:00Z' where id = ${page3.items[0]!.id}`,
    );
    const day = await listAuditEvents(admin, {
      targetId: target,
      from: "2020-01-15",
      to: "2020-01-15",
    });
    expect(day.items.map((e) => e.id)).toEqual([page3.items[0]!.id]);
    expect(
      (
        await listAuditEvents(admin, {
          targetId: target,
          from: "2020-01-15T12:00",
          to: "2020-01-15T12:01",
        })
      ).items,
    ).toHaveLength(1);
    expect(
      (await listAuditEvents(admin, { targetId: target, from: "2020-01-15T12:01" })).items,
    ).toHaveLength(4);
  });
});

describe("getOverviewStats", () => {
  it("counts opened and closed per day, the backlog by status and vendor, and SLA breaches", async () => {
    const engineer = await createUser({ role: "support_engineer" });
    const before = await getOverviewStats(engineer);
    const customer = await createUser();
    const contract = await createContract({ activatedFor: [customer.id] });
    const [asset] = await db
      .execute<{ id: string }>(
        sql`select id from assets where contract_id = ${contract.id} and vendor = 'fortinet'`,
      )
      .then((r) => r.rows);
    const support = {
      type: "support" as const,
      assetId: asset!.id,
      contractId: contract.id,
      vendor: "fortinet",
    };

    // Breached: due 2 h ago, never paused.
    await createTicketRow({
      requesterId: customer.id,
      ...support,
      status: "open",
      resolutionDueAt: ago(2),
      firstResponseDueAt: ago(3),
    });
    // Not breached: due 2 h ago but paused for 3 h in total.
    await createTicketRow({
      requesterId: customer.id,
      ...support,
      status: "open",
      resolutionDueAt: ago(2),
      slaPausedSeconds: 3 * 3600,
      firstRespondedAt: ago(4),
      firstResponseDueAt: ago(3),
    });
    // Not breached: clock paused right now (waiting for the customer).
    await createTicketRow({
      requesterId: customer.id,
      status: "waiting_for_customer",
      resolutionDueAt: ago(5),
      slaPausedAt: ago(1),
    });
    // Answered late, then resolved today.
    await createTicketRow({
      requesterId: customer.id,
      status: "resolved",
      resolvedAt: new Date(),
      firstRespondedAt: ago(1),
      firstResponseDueAt: ago(2),
      resolutionDueAt: ago(-10),
    });

    const after = await getOverviewStats(engineer);
    expect(after.days).toHaveLength(30);
    const today = (s: typeof after) => s.days.at(-1)!;
    expect(today(after).opened - today(before).opened).toBe(4);
    expect(today(after).closed - today(before).closed).toBe(1);
    const count = (s: typeof after, status: string) =>
      s.backlogByStatus.find((b) => b.status === status)!.count;
    expect(count(after, "open") - count(before, "open")).toBe(2);
    expect(count(after, "waiting_for_customer") - count(before, "waiting_for_customer")).toBe(1);
    const vendor = (s: typeof after, id: string) =>
      s.backlogByVendor.find((b) => b.vendor === id)?.count ?? 0;
    expect(vendor(after, "fortinet") - vendor(before, "fortinet")).toBe(2);
    expect(after.backlogByVendor.find((b) => b.vendor === "fortinet")!.label).toBe("Fortinet");
    expect(after.sla.resolutionBreached - before.sla.resolutionBreached).toBe(1);
    expect(after.sla.firstResponseOverdue - before.sla.firstResponseOverdue).toBe(1);
    expect(after.sla.firstResponseLate - before.sla.firstResponseLate).toBe(1);
    expect(after.breaches.length - before.breaches.length).toBe(1);
  });
});
