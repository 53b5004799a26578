import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { createContract, createUser } from "@/test/factories";
import { expectAccessibleAtBothWidths } from "./support/accessibility";

async function customerWithFortiGate() {
  const user = await createUser();
  const contract = await createContract({ activatedFor: [user.id] });
  // createContract's default assets: a FortiGate 60F and a BIG-IP i2600
  return { user, serial: `FGT60F${contract.number.slice("TEST-".length)}` };
}

/** The accessible names of the controls Tab visits, from the focused one until `until`. */
async function tabStopsUntil(page: Page, until: string, limit = 40) {
  const names: string[] = [];
  for (let step = 0; step < limit; step++) {
    await page.keyboard.press("Tab");
    const name = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element) return "";
      const label = element.id
        ? document.querySelector(`label[for="${CSS.escape(element.id)}"]`)
        : null;
      return (label?.textContent ?? element.textContent ?? "").trim();
    });
    names.push(name);
    if (name === until) return names;
  }
  throw new Error(`Tab never reached ${until}: ${names.join(" → ")}`);
}

test("an asset chosen with the keyboard: focus lands on its first field, filled from the asset, and Tab reaches Additional Information before Create", async ({
  page,
  signIn,
}) => {
  const { user, serial } = await customerWithFortiGate();
  await signIn(user);
  await page.goto("/tickets/new");
  await page.getByRole("button", { name: "Add asset" }).focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Add asset" });
  await expect(dialog.getByLabel("Search products")).toBeFocused();
  await page.keyboard.type(serial);
  await page.keyboard.press("Tab"); // past the search: the only match's Select
  await expect(
    dialog.getByRole("button", { name: new RegExp(`^Select .*${serial}`) }),
  ).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();

  const panel = page.getByRole("region", { name: "Additional Information" });
  const productFamily = panel.getByLabel("Product family");
  await expect(productFamily).toBeFocused();
  await expect(productFamily).toHaveValue("FortiGate");

  // Tab from the description runs through Priority and every vendor field, then Create.
  await page.getByLabel("Description").focus();
  const stops = await tabStopsUntil(page, "Create");
  expect(stops.indexOf("Firmware version")).toBeGreaterThan(-1);
  expect(stops.indexOf("Problem area")).toBeLessThan(stops.indexOf("Create"));

  // On a phone, too, the fields come before Create.
  await page.setViewportSize({ width: 390, height: 900 });
  const create = page.getByRole("button", { name: "Create" });
  const panelBox = (await panel.boundingBox())!;
  const createBox = (await create.boundingBox())!;
  expect(createBox.y).toBeGreaterThanOrEqual(panelBox.y + panelBox.height);
  await expectAccessibleAtBothWidths(page);

  // The prefilled answer is only a start: the customer changes it, and the ticket keeps theirs.
  await productFamily.selectOption("FortiAnalyzer");
  await page.getByLabel("Subject").fill("Logs stop arriving");
  await page.getByLabel("Description").fill("Since the upgrade no logs arrive.");
  await panel.getByLabel("Firmware version").fill("7.4.3");
  await panel.getByLabel("Problem area").selectOption("other");
  await create.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Logs stop arriving");
  await expect(page.getByRole("definition").filter({ hasText: /^FortiAnalyzer$/ })).toBeVisible();
});
