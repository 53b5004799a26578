import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents, tickets } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { actorOf, createTicketRow, createUser } from "@/test/factories";
import { outcome } from "@/test/outcome";
import { saveTicketDetails, type TicketDetails } from "./save-ticket-details";
import { readMessage } from "@/lib/i18n/message";
import { inEnglish, readsInEnglish } from "@/lib/testing/message-text";

const ctx = { ip: "192.0.2.45", userAgent: "vitest" };
let engineer: Actor;
let customer: Actor;

beforeAll(async () => {
  engineer = actorOf(await createUser({ role: "support_engineer" }));
  customer = actorOf(await createUser());
});

const shownOf = (ticket: typeof tickets.$inferSelect): TicketDetails => ({
  assigneeId: ticket.assigneeId,
  priority: ticket.priority,
  status: ticket.status,
});
const reload = async (id: string) =>
  (await db.select().from(tickets).where(eq(tickets.id, id)))[0]!;
const actionsOn = async (id: string) =>
  (
    await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, id)))
  ).map((event) => event.action);

it("saves only what changed from what the form showed, each through its use case", async () => {
  const ticket = await createTicketRow({ requesterId: customer.id, status: "open" });
  const shown = shownOf(ticket);
  const result = await saveTicketDetails(
    engineer,
    ticket.id,
    { values: { ...shown, assigneeId: engineer.id, status: "waiting_for_customer" }, shown },
    ctx,
  );
  expect(result).toEqual({ saved: ["assigneeId", "status"], errors: {} });
  expect(await reload(ticket.id)).toMatchObject({
    assigneeId: engineer.id,
    priority: "normal",
    status: "waiting_for_customer",
  });
  expect((await actionsOn(ticket.id)).sort()).toEqual(["ticket.assign", "ticket.status_change"]);
});

it("a change someone made since is not undone, and a failed step is reported by its field", async () => {
  const ticket = await createTicketRow({ requesterId: customer.id, status: "open" });
  const shown = shownOf(ticket);
  // Someone else raised the priority meanwhile; this form still shows "normal".
  await db.update(tickets).set({ priority: "high" }).where(eq(tickets.id, ticket.id));
  const result = await saveTicketDetails(
    engineer,
    ticket.id,
    { values: { ...shown, assigneeId: engineer.id, status: "new" }, shown },
    ctx,
  );
  expect(result.saved).toEqual(["assigneeId"]);
  // "Status not saved: A ticket can't be moved back to New." (the problem is a message too)
  const notSaved = readMessage(result.errors.status!);
  expect(notSaved).toMatchObject({
    key: "errors.tickets.details.notSaved",
    values: { field: "status", problem: readsInEnglish(/New/) },
  });
  expect(inEnglish(result.errors.status!)).toMatch(/^Status not saved: /);
  expect(await reload(ticket.id)).toMatchObject({ priority: "high", status: "open" });
});

it("nothing changed or nothing saved is refused; so is a customer", async () => {
  const ticket = await createTicketRow({ requesterId: customer.id });
  const shown = shownOf(ticket);
  await expect(
    saveTicketDetails(engineer, ticket.id, { values: shown, shown }, ctx),
  ).rejects.toMatchObject({
    code: "invalid",
    message: readsInEnglish(/Nothing to save/),
  });
  await expect(
    saveTicketDetails(
      engineer,
      ticket.id,
      { values: { ...shown, assigneeId: customer.id }, shown },
      ctx,
    ),
  ).rejects.toMatchObject({ code: "invalid", fieldErrors: { assigneeId: [expect.any(String)] } });
  expect(
    await outcome(() =>
      saveTicketDetails(
        customer,
        ticket.id,
        { values: { ...shown, priority: "high" }, shown },
        ctx,
      ),
    ),
  ).toBe("forbidden");
  expect(await actionsOn(ticket.id)).toEqual([]);
});
