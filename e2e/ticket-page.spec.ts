import { eq } from "drizzle-orm";
import { expectAccessible } from "./support/accessibility";
import { expect, test } from "./support/test";
import { db } from "@/db/client";
import { tickets } from "@/db/schema";
import { formatNearDateTime } from "@/lib/format";
import { formatTicketNumber } from "@/lib/tickets/ticket-number";
import { createContract, createSupportTicketRow, createUser, uniqueSuffix } from "@/test/factories";

/** A customer with a Fortinet contract and a support ticket on it, opened now. */
async function supportTicket(description = "The IPsec tunnel to the branch goes down hourly.") {
  const customer = await createUser();
  const contract = await createContract({ activatedFor: [customer.id], vendors: ["fortinet"] });
  const ticket = await createSupportTicketRow(contract, {
    requesterId: customer.id,
    subject: `VPN tunnel flaps ${uniqueSuffix()}`,
    description,
  });
  return { customer, contract, ticket };
}

test.describe("a fenced block of command-line output", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("reads as one monospace block that scrolls by keyboard, and Copy copies it", async ({
    page,
    signIn,
  }) => {
    const output = [
      "FGT-HQ # diagnose vpn tunnel list",
      `name=to-branch ver=2 serial=1 10.0.0.1:0->10.0.0.2:0 tun_id=10.0.0.2 ${"x".repeat(160)}`,
      "bound_if=5 lgwy=static/1 tun=intf mode=auto/1 encap=none/552 options[0228]=npu",
    ].join("\n");
    const { customer, ticket } = await supportTicket(
      `The tunnel drops every hour. Output of \`diagnose vpn tunnel list\`:\n\n\`\`\`\n${output}\n\`\`\``,
    );
    await signIn(customer);
    await page.goto(`/tickets/${ticket.id}`);

    const block = page.getByRole("group", { name: "Code block" });
    await expect(block).toContainText("FGT-HQ # diagnose vpn tunnel list");
    await expect(block).toHaveCSS("font-family", /monospace/);
    // the code inside takes the block's background, not inline code's white strips
    await expect(block.locator("code")).toHaveCSS("background-color", "rgba(0, 0, 0, 0)");
    await expect(block.locator("code")).toHaveCSS("padding-left", "0px");
    // the long line scrolls inside the block; the keyboard reaches the scroll region
    expect(await block.evaluate((pre) => pre.scrollWidth > pre.clientWidth)).toBe(true);
    await block.focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => block.evaluate((pre) => pre.scrollLeft)).toBeGreaterThan(0);

    await page.getByRole("button", { name: "Copy", exact: true }).click();
    await expect(page.getByText("Copied", { exact: true })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(output);
    await expectAccessible(page);

    await page.setViewportSize({ width: 390, height: 844 });
    await expect(block).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page);
  });
});

test("Close ticket asks first: Cancel and Escape keep it open, confirming closes it", async ({
  page,
  signIn,
}) => {
  const { customer, ticket } = await supportTicket();
  await signIn(customer);
  await page.goto(`/tickets/${ticket.id}`);
  const closeButton = page.getByRole("button", { name: "Close ticket" });
  const dialog = page.getByRole("dialog", { name: "Close this ticket?" });

  // a click before hydration would post the form at once, as it does without JavaScript
  await expect(closeButton).toHaveAttribute("aria-haspopup", "dialog");
  await closeButton.click();
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleDescription(/stops working on it/);
  await expect(dialog.getByRole("button", { name: "Yes, close ticket" })).toBeFocused();
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(closeButton).toBeFocused();

  await page.keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(closeButton).toBeFocused();
  await page.reload();
  await expect(page.getByRole("button", { name: "Close ticket" })).toBeVisible();
  await expect(page.getByText("This ticket is closed.")).toHaveCount(0);

  await expect(closeButton).toHaveAttribute("aria-haspopup", "dialog");
  await closeButton.click();
  await dialog.getByRole("button", { name: "Yes, close ticket" }).click();
  await expect(page.getByText("This ticket is closed.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Reopen ticket" })).toBeFocused();
  // reopening asks nothing
  await page.getByRole("button", { name: "Reopen ticket" }).click();
  await expect(page.getByRole("button", { name: "Close ticket" })).toBeVisible();
  await expect(dialog).toBeHidden();
});

test("without JavaScript, Close ticket closes it at once", async ({ browser, signIn }) => {
  const { customer, ticket } = await supportTicket();
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signIn(customer, page);
  await page.goto(`/tickets/${ticket.id}`);
  await page.getByRole("button", { name: "Close ticket" }).click();
  await expect(page.getByText("This ticket is closed.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Reopen ticket" })).toBeVisible();
});

test("the customer sees when the first response is expected, then when it came", async ({
  page,
  browser,
  signIn,
}) => {
  const { customer, ticket } = await supportTicket();
  await signIn(customer);
  await page.goto(`/tickets/${ticket.id}`);
  const firstResponse = page
    .getByRole("complementary", { name: "Ticket details" })
    .locator("dt", { hasText: "First response" })
    .locator("+ dd");
  // the contract's 8x5 NBD, normal priority, as the ticket was opened
  await expect(firstResponse).toHaveText(
    `Expected by ${formatNearDateTime(ticket.firstResponseDueAt!, { weekday: true })}`,
  );
  await expectAccessible(page);

  const engineer = await createUser({ role: "support_engineer" });
  const staffPage = await (await browser.newContext()).newPage();
  await signIn(engineer, staffPage);
  await staffPage.goto(`/staff/tickets/${ticket.id}`);
  const form = staffPage.getByRole("region", { name: "Reply or add an internal note" });
  await form
    .getByLabel(`Reply to ${customer.firstName} ${customer.lastName}`)
    .fill("Please send the output of diagnose vpn tunnel list.");
  await form.getByRole("button", { name: "Send reply" }).click();
  await expect(staffPage.getByRole("article", { name: /^Message from / })).toBeVisible();
  const [answered] = await db.select().from(tickets).where(eq(tickets.id, ticket.id));

  await page.reload();
  await expect(firstResponse).toHaveText(formatNearDateTime(answered!.firstRespondedAt!));
});

test("the customer's and the engineer's ticket pages are titled with the ticket", async ({
  page,
  browser,
  signIn,
}) => {
  const { customer, ticket } = await supportTicket();
  const title = `${formatTicketNumber(ticket.number)} · ${ticket.subject} — CLICO Support System`;
  await signIn(customer);
  await page.goto(`/tickets/${ticket.id}`);
  await expect(page).toHaveTitle(title);

  const engineer = await createUser({ role: "support_engineer" });
  const staffPage = await (await browser.newContext()).newPage();
  await signIn(engineer, staffPage);
  await staffPage.goto(`/staff/tickets/${ticket.id}`);
  await expect(staffPage).toHaveTitle(title);
  // the other pages keep their names, with the same separator
  await staffPage.goto("/staff/queue");
  await expect(staffPage).toHaveTitle("Queue — CLICO Support System");
});
