import { expect, it } from "vitest";
import { actorOf, createMessages, createTicketRow, createUser } from "@/test/factories";
import { outcome } from "@/test/outcome";
import { staffDashboard } from "./staff-dashboard";

it("shows an engineer their open tickets, the unassigned, the SLA at risk and the latest customer replies", async () => {
  const customer = await createUser();
  const engineer = actorOf(await createUser({ role: "support_engineer" }));
  const soon = new Date(Date.now() + 30 * 60_000);
  const mine = await createTicketRow({
    requesterId: customer.id,
    assigneeId: engineer.id,
    status: "open",
  });
  await createTicketRow({ requesterId: customer.id, assigneeId: engineer.id, status: "closed" });
  const unassigned = await createTicketRow({ requesterId: customer.id });
  const atRisk = await createTicketRow({
    requesterId: customer.id,
    assigneeId: engineer.id,
    status: "open",
    firstResponseDueAt: soon,
    resolutionDueAt: soon,
  });
  await createMessages(
    { ticketId: mine.id, authorId: customer.id, body: "Still down." },
    { ticketId: mine.id, authorId: engineer.id, body: "On it." },
    { ticketId: mine.id, authorId: engineer.id, body: "internal", internal: true },
  );

  const dashboard = await staffDashboard(engineer);
  expect(dashboard.mine.items.map((t) => t.id).sort()).toEqual([mine.id, atRisk.id].sort());
  expect(dashboard.unassigned.items.map((t) => t.id)).toContain(unassigned.id);
  expect(dashboard.atRisk.items.map((t) => t.id)).toContain(atRisk.id);
  expect(dashboard.replies).toEqual([
    expect.objectContaining({
      ticketId: mine.id,
      authorName: `${customer.firstName} ${customer.lastName}`,
    }),
  ]);
});

it("is for those who work the queue", async () => {
  for (const role of ["customer", "orders_team"] as const)
    expect(await outcome(async () => staffDashboard(actorOf(await createUser({ role }))))).toBe(
      "forbidden",
    );
});
