import { createTicketRow, createUser, uniqueSuffix } from "@/test/factories";
import { expect, test } from "./support/test";

test("an engineer finds a new ticket under Unassigned, takes it in bulk and finds it under Assigned to me", async ({
  page,
  signIn,
}) => {
  const s = uniqueSuffix();
  const engineer = await createUser({ role: "support_engineer" });
  const customer = await createUser({ company: `Queue ${s} S.A.` });
  const ticket = await createTicketRow({
    requesterId: customer.id,
    subject: `Firewall rule review ${s}`,
  });
  const number = `CS-${String(ticket.number).padStart(6, "0")}`;
  await signIn(engineer);

  await page.getByRole("link", { name: "Queue" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Queue" })).toBeVisible();
  const views = page.getByRole("navigation", { name: "Queue views" });
  await views.getByRole("link", { name: "Unassigned" }).click();
  await expect(views.getByRole("link", { name: "Unassigned" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await page.getByLabel("Search").fill(s);
  await page.getByRole("button", { name: "Filter" }).click();
  const row = page.getByRole("row", { name: new RegExp(number) });
  await expect(row).toContainText(`Firewall rule review ${s}`);
  await expect(row).toContainText(`Queue ${s} S.A.`);
  await expect(row).toContainText("Unassigned");

  await page.getByLabel(`Select ${number}`).check();
  await page
    .getByLabel("Assign to")
    .selectOption({ label: `${engineer.firstName} ${engineer.lastName}` });
  await page.getByRole("button", { name: "Apply to selected (1)" }).click();
  await expect(page.getByText("1 ticket updated.")).toBeVisible();
  // Once assigned, it leaves the Unassigned view.
  await expect(page.getByRole("row", { name: new RegExp(number) })).toHaveCount(0);

  await views.getByRole("link", { name: "Assigned to me" }).click();
  const mine = page.getByRole("row", { name: new RegExp(number) });
  await expect(mine).toContainText(`${engineer.firstName} ${engineer.lastName}`);
  await mine.getByRole("link", { name: `Firewall rule review ${s}` }).click();
  await expect(page).toHaveURL(new RegExp(`/staff/tickets/${ticket.id}$`));

  // A ticket number typed in the queue's search goes straight to that ticket.
  await page.getByRole("link", { name: "Queue" }).first().click();
  await page.getByLabel("Search").fill(number.toLowerCase());
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`/staff/tickets/${ticket.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Firewall rule review ${s}`);
});
