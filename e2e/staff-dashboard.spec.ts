import { createMessages, createTicketRow, createUser, uniqueSuffix } from "@/test/factories";
import { expectAccessible } from "./support/accessibility";
import { expect, test } from "./support/test";

test("an engineer's dashboard shows the work: my open tickets, unassigned, SLA at risk, latest customer replies", async ({
  page,
  signIn,
}) => {
  const s = uniqueSuffix();
  const customer = await createUser({ firstName: "Ola", lastName: `Lis ${s}` });
  const engineer = await createUser({ role: "support_engineer" });
  const soon = new Date(Date.now() + 20 * 60_000);
  const mine = await createTicketRow({
    requesterId: customer.id,
    assigneeId: engineer.id,
    status: "open",
    subject: `Cluster failover loops ${s}`,
    firstResponseDueAt: soon,
    resolutionDueAt: soon,
  });
  await createMessages({ ticketId: mine.id, authorId: customer.id, body: "It happened again." });

  await signIn(engineer);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  const card = (title: string) => page.getByRole("region", { name: title });
  for (const title of ["My open tickets", "SLA at risk", "Latest customer replies"])
    await expect(
      card(title).getByRole("link", { name: `Cluster failover loops ${s}` }),
    ).toBeVisible();
  await expect(card("Latest customer replies")).toContainText(`Ola Lis ${s}`);
  await expect(card("Unassigned").getByRole("heading", { level: 2 })).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(
    await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    ),
  ).toBeLessThanOrEqual(0);

  await card("My open tickets")
    .getByRole("link", { name: `Cluster failover loops ${s}` })
    .click();
  await expect(page).toHaveURL(new RegExp(`/staff/tickets/${mine.id}$`));
});
