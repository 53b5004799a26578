import { expect, type Page } from "@playwright/test";

/** On Create new ticket: Add asset, search the product by its serial number, pick it. */
export async function addAsset(page: Page, serialNumber: string) {
  await page.getByRole("button", { name: "Add asset" }).click();
  const dialog = page.getByRole("dialog", { name: "Add asset" });
  await dialog.getByLabel("Search products").fill(serialNumber);
  await dialog.getByRole("button", { name: new RegExp(`^Select .*${serialNumber}`) }).click();
  await expect(dialog).toBeHidden();
}
