import type { Locator, Page } from "@playwright/test";
import { createContract, createTicketRow, createUser, uniqueSuffix } from "@/test/factories";
import { expectAccessibleAtBothWidths } from "./support/accessibility";
import { expect, test } from "./support/test";

// Files go with the message they belong to (issue #14): picked in the reply box, dropped on it,
// or a screenshot pasted into the text; administrative requests take files when created.

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0];

/** What the clipboard holds after a screenshot: one image named "image.png". */
const pasteScreenshot = (field: Locator) =>
  field.evaluate((element, bytes) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(bytes)], "image.png", { type: "image/png" }));
    element.dispatchEvent(
      new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, PNG);

/** A file dragged from the desktop and let go over `target`. */
async function dropFile(page: Page, target: Locator, name: string, text: string) {
  const dataTransfer = await page.evaluateHandle(
    ([fileName, content]) => {
      const data = new DataTransfer();
      data.items.add(new File([content!], fileName!, { type: "text/plain" }));
      return data;
    },
    [name, text],
  );
  for (const type of ["dragenter", "dragover", "drop"])
    await target.dispatchEvent(type, { dataTransfer });
}

test("a customer's reply carries a pasted screenshot and a dropped log file", async ({
  page,
  signIn,
}) => {
  const s = uniqueSuffix();
  const customer = await createUser({ firstName: "Ewa", lastName: `Files ${s}` });
  const contract = await createContract({ activatedFor: [customer.id] });
  const ticket = await createTicketRow({
    requesterId: customer.id,
    contractId: contract.id,
    subject: `Tunnel drops ${s}`,
  });
  await signIn(customer);
  await page.goto(`/tickets/${ticket.id}`);

  const replyBox = page.getByRole("region", { name: "Reply" });
  const reply = replyBox.getByLabel("Your reply");
  await reply.fill(`The screenshot and the IKE log (${s}).`);
  await pasteScreenshot(reply);
  await dropFile(page, replyBox.locator("form"), "ike-debug.log", "ike 0: comes 10.0.0.1:500\n");
  // the text stays as typed: a pasted image is attached, not written into it
  await expect(reply).toHaveValue(`The screenshot and the IKE log (${s}).`);
  const chosen = replyBox.getByRole("list", { name: "Files to attach" });
  await expect(chosen.getByRole("listitem")).toHaveCount(2);
  await expect(chosen).toContainText(/screenshot-\d{8}-\d{6}\.png/);
  await expect(chosen).toContainText("ike-debug.log");
  await expectAccessibleAtBothWidths(page);
  await page.setViewportSize({ width: 1280, height: 900 });

  // a file chosen by mistake comes off before sending
  await replyBox.getByLabel("Attach files to this reply").setInputFiles({
    name: "passwords.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("not for the ticket"),
  });
  await replyBox.getByRole("button", { name: "Remove passwords.txt" }).click();
  await expect(chosen.getByRole("listitem")).toHaveCount(2);

  await replyBox.getByRole("button", { name: "Send reply" }).click();
  const message = page.getByRole("article", { name: `Message from Ewa Files ${s}` });
  const files = message.getByRole("list", { name: "Attachments of this message" });
  await expect(files.getByRole("link", { name: "ike-debug.log" })).toBeVisible();
  await expect(files.getByRole("link", { name: /^screenshot-\d{8}-\d{6}\.png$/ })).toBeVisible();
  await expect(files).not.toContainText("passwords.txt");
  await expect(replyBox.getByRole("list", { name: "Files to attach" })).toHaveCount(0);
  await expect(reply).toHaveValue("");

  // the download is the dropped file, byte for byte
  const download = page.waitForEvent("download");
  await files.getByRole("link", { name: "ike-debug.log" }).click();
  const saved = await (await download).path();
  const { readFile } = await import("node:fs/promises");
  expect(await readFile(saved, "utf8")).toBe("ike 0: comes 10.0.0.1:500\n");
});

test("an engineer's internal note keeps its file from the customer", async ({
  page,
  browser,
  signIn,
}) => {
  const s = uniqueSuffix();
  const customer = await createUser({ firstName: "Jan", lastName: `Hidden ${s}` });
  const engineer = await createUser({
    role: "support_engineer",
    firstName: "Olga",
    lastName: `Notes ${s}`,
  });
  const ticket = await createTicketRow({ requesterId: customer.id, subject: `HA sync ${s}` });
  await signIn(engineer);
  await page.goto(`/staff/tickets/${ticket.id}`);
  const box = page.getByRole("region", { name: "Reply or add an internal note" });
  await box.getByRole("radio", { name: /Internal note/ }).check();
  await box.getByLabel("Internal note (staff only)").fill(`Vendor case notes (${s}).`);
  await box.getByLabel("Attach files to this note").setInputFiles({
    name: "vendor-case.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("TAC case 1234"),
  });
  await box.getByRole("button", { name: "Add internal note" }).click();
  const note = page.getByRole("article", { name: `Internal note by Olga Notes ${s}` });
  await expect(
    note
      .getByRole("list", { name: "Attachments of this note" })
      .getByRole("link", { name: "vendor-case.txt" }),
  ).toBeVisible();

  const customerPage = await (await browser.newContext()).newPage();
  await signIn(customer, customerPage);
  await customerPage.goto(`/tickets/${ticket.id}`);
  await expect(customerPage.getByRole("heading", { level: 1 })).toContainText(`HA sync ${s}`);
  await expect(customerPage.getByText("vendor-case.txt")).toHaveCount(0);
  await expect(customerPage.getByText(`Vendor case notes (${s}).`)).toHaveCount(0);
});

test("an administrative request is created with its files", async ({ page, signIn }) => {
  const s = uniqueSuffix();
  const customer = await createUser();
  await signIn(customer);
  await page.goto("/tickets/new");
  await page.getByLabel("Subject").fill(`Cannot register contract ${s}`);
  const description = page.getByLabel("Description");
  await description.fill("The form says the key is wrong; screenshot attached.");
  await pasteScreenshot(description);
  await page.getByLabel("Attach files", { exact: true }).setInputFiles({
    name: "contract-letter.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n"),
  });
  await expect(
    page.getByRole("list", { name: "Files to attach" }).getByRole("listitem"),
  ).toHaveCount(2);
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    `Cannot register contract ${s}`,
  );
  const attachments = page.getByRole("region", { name: "Attachments" });
  await expect(attachments.getByRole("link", { name: "contract-letter.pdf" })).toBeVisible();
  await expect(attachments.getByRole("link", { name: /^screenshot-.*\.png$/ })).toBeVisible();
});
