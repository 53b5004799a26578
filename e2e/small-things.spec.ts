import type { Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { expect, test } from "./support/test";
import { createContract, createSupportTicketRow, createUser, uniqueSuffix } from "@/test/factories";
import { expectAccessibleAtBothWidths } from "./support/accessibility";

test("the two new-ticket shortcuts show their names: a label on a wide screen, a tooltip and the name on a phone", async ({
  page,
  signIn,
}) => {
  await signIn(await createUser());
  await page.goto("/dashboard");
  for (const name of ["New support request", "New administrative request"]) {
    const shortcut = page.getByRole("link", { name, exact: true });
    await expect(shortcut).toHaveAttribute("title", name);
    await expect(shortcut).toHaveText(name);
    await expect(shortcut.getByText(name)).toBeVisible();
  }
  await expectAccessibleAtBothWidths(page); // ends at 390 px
  const support = page.getByRole("link", { name: "New support request", exact: true });
  await expect(support).toBeVisible();
  await expect(support.getByText("New support request")).toBeHidden();
});

test("one name for the contract key: Sign Up and Register contract ask for the “Contract key (activation key)”, and a wrong one is called so", async ({
  page,
  signIn,
}) => {
  const contract = await createContract();
  await page.goto("/sign-up");
  const fields: Array<[string, string]> = [
    ["First name", "Anna"],
    ["Last name", "Mazur"],
    ["Email", `anna-${uniqueSuffix()}@example.com`],
    ["Phone", "+48 601 222 333"],
    ["Company", "Energa Przykład S.A."],
    ["Job title", "Network administrator"],
    ["Login", `anna-${uniqueSuffix()}`],
    ["Password", "Quiet-Harbour-Lantern-42"],
    ["Confirm password", "Quiet-Harbour-Lantern-42"],
  ];
  for (const [label, value] of fields) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByLabel("Contract number").fill(contract.number);
  await page.getByLabel("Contract key (activation key)").fill("WRONG-KEY-0000");
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByLabel("Contract key (activation key)")).toHaveAccessibleDescription(
    /contract key \(activation key\) do not match/,
  );
  await expectAccessibleAtBothWidths(page);

  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(await createUser());
  await page.goto("/contracts");
  await page.getByRole("button", { name: "Register contract" }).click();
  const dialog = page.getByRole("dialog", { name: "Register contract" });
  await dialog.getByLabel("Contract number").fill(contract.number);
  await dialog.getByLabel("Contract key (activation key)").fill("WRONG-KEY-0000");
  await dialog.getByRole("button", { name: "Apply" }).click();
  await expect(dialog.getByLabel("Contract key (activation key)")).toHaveAccessibleDescription(
    /contract key \(activation key\) do not match/,
  );
  await expectAccessibleAtBothWidths(page);
});

/** A header and a footer are counted wherever they sit: one nested in <main> is no banner. */
async function expectOneHeaderAndFooter(page: Page) {
  await expect(page.locator("header")).toHaveCount(1);
  await expect(page.locator("footer")).toHaveCount(1);
  await expect(page.getByRole("banner")).toHaveCount(1);
  await expect(page.getByRole("contentinfo")).toHaveCount(1);
}

test("a page not found inside the portal and the staff workspace shows one header and one footer", async ({
  page,
  signIn,
}) => {
  await signIn(await createUser());
  for (const path of [`/tickets/${randomUUID()}`, `/contracts/${randomUUID()}`, "/no-such-page"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expectOneHeaderAndFooter(page);
  }
  await expectAccessibleAtBothWidths(page);

  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(await createUser({ role: "support_engineer" }));
  for (const path of [
    `/staff/tickets/${randomUUID()}`,
    `/staff/contracts/${randomUUID()}`,
    "/staff/no-such-page",
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expectOneHeaderAndFooter(page);
  }
});

test("the left navigation marks the section of the page shown", async ({ page, signIn }) => {
  const customer = await createUser();
  const contract = await createContract({ activatedFor: [customer.id] });
  const ticket = await createSupportTicketRow(contract, { requesterId: customer.id });
  await signIn(customer);
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const path of ["/tickets/new", `/tickets/${ticket.id}`]) {
    await page.goto(path);
    await expect(nav.getByRole("link", { name: "Tickets" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
  }

  await signIn(await createUser({ role: "support_engineer" }));
  await page.goto(`/staff/tickets/${ticket.id}`);
  await expect(nav.getByRole("link", { name: "Queue" })).toHaveAttribute("aria-current", "page");
  await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
  await page.goto("/staff");
  await expect(nav.getByRole("link", { name: "Dashboard" })).toHaveAttribute(
    "aria-current",
    "page",
  );
});

test("the admin's list of every account is called User accounts", async ({ page, signIn }) => {
  await signIn(await createUser({ role: "admin" }));
  await page.goto("/staff");
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "User accounts" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "User accounts" })).toBeVisible();
  await expect(page).toHaveTitle(/^User accounts/);
  await expectAccessibleAtBothWidths(page);
});
