import { createTicketRow, createUser, uniqueSuffix } from "@/test/factories";
import { expect, test } from "./support/test";

const NOT_SEARCHED =
  "Not searched for. Remove the invisible control characters (such as NUL) from this text.";

test("a NUL in the staff queue's search and filters is named next to the field, not a 500", async ({
  page,
  signIn,
}) => {
  const engineer = await createUser({ role: "support_engineer" });
  await signIn(engineer);

  const response = await page.goto("/staff/queue?q=vpn%00&company=ACME%00&view=open");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Queue" })).toBeVisible();
  await expect(page.getByLabel("Search")).toHaveAccessibleDescription(
    new RegExp(NOT_SEARCHED.replace(/[()]/g, "\\$&")),
  );
  await expect(page.getByLabel("Customer company")).toHaveAccessibleDescription(NOT_SEARCHED);
});

test("a NUL in a customer's ticket search is named next to the field, and a clean search works", async ({
  page,
  signIn,
}) => {
  const s = uniqueSuffix();
  const customer = await createUser();
  await createTicketRow({ requesterId: customer.id, subject: `Cluster failover ${s}` });
  await signIn(customer);

  const response = await page.goto(`/tickets?q=${s}%00`);
  expect(response?.status()).toBe(200);
  await expect(page.getByLabel("Search")).toHaveAccessibleDescription(NOT_SEARCHED);
  await expect(page.getByLabel("Search")).toHaveValue("");

  await page.getByLabel("Search").fill(s);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByText(`Cluster failover ${s}`)).toBeVisible();
  await expect(page.getByText(NOT_SEARCHED)).toHaveCount(0);
});
