import { catalogTranslator } from "@/lib/i18n/translator";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { vendorName, vendors } from "@/lib/vendors";
import { choiceLabel, fieldLabel } from "@/lib/vendors/words";
import { createContract, createUser } from "@/test/factories";
import { openEmail } from "./support/mailbox";
import { addAsset } from "./support/new-ticket";

async function customerWithContract(vendorIds: string[]) {
  const user = await createUser();
  const colleague = await createUser();
  const contract = await createContract({
    activatedFor: [user.id, colleague.id],
    vendors: vendorIds,
  });
  return {
    user,
    colleague,
    contract,
  };
}

/** Fills every Additional Information field of the vendor's current version with a valid answer. */
/** The registry's words as the English page shows them. */
const english = catalogTranslator("en");

async function fillAdditionalInformation(page: Page, vendorId: string) {
  const panel = page.getByRole("region", { name: "Additional Information" });
  const vendor = vendors.find((candidate) => candidate.id === vendorId)!;
  for (const field of vendor.current.fields) {
    if (field.widget === "file") continue;
    const label = fieldLabel(english, field);
    if (field.widget === "select")
      await panel.getByLabel(label, { exact: true }).selectOption(field.options[0]!);
    else if (field.widget === "multiselect")
      await panel
        .getByRole("group", { name: label })
        .getByLabel(choiceLabel(english, field, field.options[0]!), { exact: true })
        .check();
    else if (field.widget === "checkbox") await panel.getByLabel(label, { exact: true }).check();
    else await panel.getByLabel(label, { exact: true }).fill(field.placeholder ?? "Example value");
  }
}

test("an administrative request from the dashboard shortcut: Subject, Description, Priority, Create", async ({
  page,
  signIn,
}) => {
  const { user } = await customerWithContract(["fortinet"]);
  await signIn(user);
  await page.getByRole("link", { name: "New administrative request" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Create new ticket" })).toBeVisible();
  await expect(page.getByText("Notice")).toBeVisible();
  await page.getByLabel("Subject").fill("Cannot register our second contract");
  await page
    .getByLabel("Description")
    .fill("The key from the document is refused.\nWe typed it twice.");
  await page.getByLabel(/^High/).check();
  await page.getByRole("button", { name: "Create" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "Cannot register our second contract",
  );
  const number = (await page.getByRole("heading", { level: 1 }).innerText()).match(/CS-\d{6}/)![0];
  await expect(page.getByText("Administrative request")).toBeVisible();
  await expect(page.getByText("We typed it twice.")).toBeVisible();
  const email = await openEmail(page, user.email, new RegExp(number));
  await expect(email).toContainText("/tickets/");
});

test("a support request keeps what was typed when Additional Information is missing, and survives a reload", async ({
  page,
  signIn,
}) => {
  const { user, contract } = await customerWithContract(["fortinet"]);
  await signIn(user);
  await page.getByRole("link", { name: "New support request" }).click();
  const dialog = page.getByRole("dialog", { name: "Add asset" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Close" }).click();

  await page.getByLabel("Subject").fill("HA cluster out of sync");
  await page.getByLabel("Description").fill("Since the upgrade the secondary does not sync.");
  await page.reload();
  await expect(page.getByLabel("Subject")).toHaveValue("HA cluster out of sync");

  await addAsset(page, `FORTINET-${contract.number.slice(5)}`);
  await expect(page.getByRole("heading", { name: "Additional Information" })).toBeVisible();
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByLabel("Product family", { exact: true })).toHaveAccessibleDescription(/./);
  await expect(page.getByLabel("Subject")).toHaveValue("HA cluster out of sync");
  await expect(page.getByLabel("Description")).toHaveValue(
    "Since the upgrade the secondary does not sync.",
  );

  await page.getByRole("button", { name: "Remove asset" }).click();
  await expect(page.getByText("Notice")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Additional Information" })).toHaveCount(0);
});

test("a support request for a product of every vendor, with its Additional Information", async ({
  page,
  signIn,
}) => {
  test.setTimeout(180_000);
  const vendorIds = vendors.map((vendor) => vendor.id);
  const { user, contract } = await customerWithContract(vendorIds);
  await signIn(user);
  for (const vendorId of vendorIds) {
    await page.goto("/tickets/new");
    await page.getByLabel("Subject").fill(`${vendorName(vendorId)} case`);
    await page.getByLabel("Description").fill("Details in the Additional Information.");
    await addAsset(page, `${vendorId.toUpperCase()}-${contract.number.slice(5)}`);
    await fillAdditionalInformation(page, vendorId);
    await page.getByRole("button", { name: "Create" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(
      `${vendorName(vendorId)} case`,
    );
    const info = page.getByRole("region", { name: "Additional Information" });
    const first = vendors
      .find((vendor) => vendor.id === vendorId)!
      .current.fields.find((field) => field.widget !== "file")!;
    await expect(info.getByText(fieldLabel(english, first), { exact: true })).toBeVisible();
  }
});

test("colleagues on the contract share the ticket and talk in it; another customer gets 404", async ({
  page,
  browser,
  signIn,
}) => {
  const { user, colleague } = await customerWithContract(["f5"]);
  const stranger = await createUser();
  await signIn(user);
  await page.goto("/tickets/new");
  await page.getByLabel("Subject").fill("Pool members flapping");
  await page.getByLabel("Description").fill("Monitor marks members down.");
  await page.getByRole("button", { name: "Add asset" }).click();
  await page
    .getByRole("dialog", { name: "Add asset" })
    .getByRole("button", { name: /^Select / })
    .first()
    .click();
  await fillAdditionalInformation(page, "f5");
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Pool members flapping");
  const ticketUrl = page.url();
  await page.getByLabel("Attach files", { exact: true }).setInputFiles({
    name: "tmsh-show-ltm-pool.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("Ltm::Pool: web_pool\n  Availability : offline\n"),
  });
  await expect(page.getByRole("link", { name: /tmsh-show-ltm-pool\.txt/ })).toBeVisible();

  const colleaguePage = await (await browser.newContext()).newPage();
  await signIn(colleague, colleaguePage);
  await colleaguePage.getByRole("link", { name: "Tickets" }).click();
  await colleaguePage
    .getByRole("link", { name: /CS-\d{6}/ })
    .first()
    .click();
  await expect(colleaguePage.getByRole("heading", { level: 1 })).toContainText(
    "Pool members flapping",
  );
  await colleaguePage
    .getByLabel("Your reply")
    .fill("Also seen on **node B**:\n```\ntmsh show ltm pool\n```");
  await colleaguePage.getByRole("button", { name: "Send reply" }).click();
  await expect(colleaguePage.getByText("tmsh show ltm pool")).toBeVisible();
  await expect(colleaguePage.locator("pre")).toContainText("tmsh show ltm pool");

  await page.reload();
  await expect(page.getByText("tmsh show ltm pool")).toBeVisible();
  await expect(page.getByRole("button", { name: "Close ticket" })).toHaveAttribute(
    "aria-haspopup",
    "dialog",
  );
  await page.getByRole("button", { name: "Close ticket" }).click();
  await page
    .getByRole("dialog", { name: "Close this ticket?" })
    .getByRole("button", { name: "Yes, close ticket" })
    .click();
  await expect(page.getByRole("button", { name: "Reopen ticket" })).toBeVisible();
  await expect(page.getByText("This ticket is closed.")).toBeVisible();

  const strangerPage = await (await browser.newContext()).newPage();
  await signIn(stranger, strangerPage);
  const response = await strangerPage.goto(ticketUrl);
  expect(response?.status()).toBe(404);
});
