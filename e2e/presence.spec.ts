import { createTicketRow, createUser, uniqueSuffix } from "@/test/factories";
import { expect, test } from "./support/test";

test("an engineer is warned when a colleague has the same ticket open, and when they start typing a reply", async ({
  page,
  browser,
  signIn,
}) => {
  const s = uniqueSuffix();
  const customer = await createUser();
  const anna = await createUser({
    role: "support_engineer",
    firstName: "Anna",
    lastName: `Nowak ${s}`,
  });
  const piotr = await createUser({
    role: "support_engineer",
    firstName: "Piotr",
    lastName: `Lis ${s}`,
  });
  const ticket = await createTicketRow({ requesterId: customer.id, subject: `HA sync fails ${s}` });

  await signIn(anna);
  await page.goto(`/staff/tickets/${ticket.id}`);
  const colleaguePage = await (await browser.newContext()).newPage();
  await signIn(piotr, colleaguePage);
  await colleaguePage.goto(`/staff/tickets/${ticket.id}`);

  const notice = colleaguePage.getByRole("status").filter({ hasText: "this ticket" });
  await expect(notice).toHaveText(`Anna Nowak ${s} has this ticket open too.`, { timeout: 30_000 });
  await expect(
    page.getByRole("status").filter({ hasText: `Piotr Lis ${s} has this ticket open too.` }),
  ).toBeVisible({ timeout: 30_000 });

  await page
    .getByLabel(`Reply to ${customer.firstName} ${customer.lastName}`)
    .fill("Looking at the sync logs now.");
  await expect(notice).toHaveText(`Anna Nowak ${s} is typing a reply to this ticket.`, {
    timeout: 30_000,
  });
});
