import type { Page } from "@playwright/test";
import { createContract, createUser, uniqueSuffix } from "@/test/factories";
// Each test comes from its own client address (support/test.ts), so the per-IP limits on
// contract key checks of one test (or another spec) never trip another.
import { expect, test } from "./support/test";

async function openRegisterContract(page: Page) {
  await page.getByRole("button", { name: "Register contract" }).click();
  const dialog = page.getByRole("dialog", { name: "Register contract" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("Contract number")).toBeFocused();
  return dialog;
}

test("a customer registers a contract and finds it under Contracts with its assets", async ({
  page,
  signIn,
}) => {
  const colleague = await createUser({
    firstName: "Piotr",
    lastName: "Nowak",
    company: "Partner IT Sp. z o.o.",
  });
  const customerName = `Energa Przykład ${uniqueSuffix()}`;
  const contract = await createContract({ customerName, activatedFor: [colleague.id] });
  const user = await createUser();
  await signIn(user);

  await page.getByRole("link", { name: "Contracts", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Contracts" })).toBeVisible();
  await expect(page.getByText("No contracts yet — use Register contract")).toBeVisible();

  const dialog = await openRegisterContract(page);
  await dialog.getByLabel("Contract number").fill(contract.number);
  await dialog.getByLabel("Contract key").fill(contract.key);
  await dialog.getByRole("button", { name: "Apply" }).click();
  await expect(dialog.getByRole("status")).toContainText(
    `Contract ${contract.number} (${customerName}) is now active on your account`,
  );
  await dialog.getByRole("button", { name: "Close", exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Register contract" })).toBeFocused();

  // Listed at once, without reloading the page.
  const row = page.getByRole("row").filter({ hasText: contract.number });
  await expect(row).toContainText(customerName);
  await expect(row).toContainText("8x5 NBD");
  await expect(row).toContainText("Active");
  await expect(row.getByRole("cell").last()).toHaveText("2");

  await row.getByRole("link", { name: contract.number }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Contract ${contract.number}` }),
  ).toBeVisible();
  const assets = page.getByRole("table").filter({ hasText: "Serial number" });
  await expect(assets.getByRole("row").filter({ hasText: "FortiGate 60F" })).toContainText(
    "Fortinet",
  );
  await expect(assets.getByRole("row").filter({ hasText: "BIG-IP i2600" })).toContainText("F5");
  const colleagues = page.getByRole("region", { name: "Colleagues on this contract" });
  await expect(colleagues).toContainText("Piotr Nowak");
  await expect(colleagues).toContainText("Partner IT Sp. z o.o.");
  await expect(colleagues).not.toContainText(colleague.email);
});

test("Register contract errors are specific, next to their field, and keep the typed number", async ({
  page,
  signIn,
}) => {
  const user = await createUser();
  const active = await createContract({ activatedFor: [user.id] });
  const expired = await createContract({ validToDays: -10 });
  const other = await createContract();
  await signIn(user);

  const dialog = await openRegisterContract(page);
  const number = dialog.getByLabel("Contract number");
  const key = dialog.getByLabel("Contract key");
  const apply = dialog.getByRole("button", { name: "Apply" });

  await number.fill(other.number);
  await key.fill("WRONG-KEY-0000");
  await apply.click();
  await expect(key).toHaveAccessibleDescription(/do not match/);
  await expect(number).toHaveValue(other.number);

  await number.fill(expired.number);
  await key.fill(expired.key);
  await apply.click();
  await expect(number).toHaveAccessibleDescription(
    new RegExp(`Contract ${expired.number} expired on \\d{1,2} \\w+ \\d{4}`),
  );
  await expect(number).toHaveValue(expired.number);

  await number.fill(active.number);
  await key.fill(active.key);
  await apply.click();
  await expect(number).toHaveAccessibleDescription(/already active on your account/);
  await expect(number).toHaveValue(active.number);

  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Register contract" })).toBeFocused();

  await page.getByRole("link", { name: "Contracts", exact: true }).click();
  const rows = page.getByRole("row").filter({ hasText: /TEST-/ });
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(active.number);
});

test("another customer can't open a contract activated on someone else's account", async ({
  page,
  signIn,
}) => {
  const owner = await createUser();
  const contract = await createContract({ activatedFor: [owner.id] });
  await signIn(await createUser());

  const response = await page.goto(`/contracts/${contract.id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByText(contract.number)).toHaveCount(0);

  await page.goto("/contracts");
  await expect(page.getByText("No contracts yet — use Register contract")).toBeVisible();
});
