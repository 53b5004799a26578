import type { Browser, Page } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { expect, randomIp, test } from "./support/test";
import { actorOf, createTicketRow, createUser, uniqueSuffix } from "@/test/factories";
import { changeTicketStatus } from "@/lib/tickets/change-ticket-status";
import { countEmails, openEmail } from "./support/mailbox";

// Faster hands for engineers (issue #14): reply and set the status in one step, one Save for
// the side panel, Ctrl+Enter, and single-key shortcuts with their help dialog.

async function people() {
  const s = uniqueSuffix();
  const customer = await createUser({ firstName: "Anna", lastName: `Nowak ${s}` });
  const engineer = await createUser({
    role: "support_engineer",
    firstName: "Piotr",
    lastName: `Speed ${s}`,
  });
  return { s, customer, engineer, engineerName: `Piotr Speed ${s}` };
}

const statusOf = (page: Page) => page.getByRole("heading", { level: 1 }).locator("..");

test("an engineer replies and sets Waiting for customer in one step: the customer gets one email", async ({
  page,
  signIn,
}) => {
  const { s, customer, engineer, engineerName } = await people();
  const ticket = await createTicketRow({
    requesterId: customer.id,
    subject: `Licence not applied ${s}`,
    status: "open",
  });
  await signIn(engineer);
  await page.goto(`/staff/tickets/${ticket.id}`);
  const form = page.getByRole("region", { name: "Reply or add an internal note" });
  await form.getByLabel(`Reply to Anna Nowak ${s}`).fill(`Please send the licence file (${s}).`);
  await form.getByRole("button", { name: "Send and set Waiting for customer" }).click();

  await expect(
    form.getByText(`Reply sent to Anna Nowak ${s}; status: Waiting for customer.`),
  ).toBeVisible();
  await expect(statusOf(page)).toContainText("Waiting for customer");
  await expect(page.getByRole("article", { name: `Message from ${engineerName}` })).toContainText(
    `Please send the licence file (${s}).`,
  );
  await expect(page.getByRole("list", { name: "Ticket history" })).toContainText(
    `${engineerName} replied; status changed from Open to Waiting for customer`,
  );
  // The status it has is no longer offered; the other one is.
  await expect(form.getByRole("button", { name: "Send and set Waiting for customer" })).toHaveCount(
    0,
  );
  await expect(form.getByRole("button", { name: "Send and set Resolved" })).toBeVisible();
  await expectAccessible(page);

  const email = await openEmail(page, customer.email, /New reply; status changed to Waiting/);
  await expect(email).toContainText("needs information from you");
  await email.page().close();
  expect(await countEmails(customer.email, new RegExp(`Licence not applied ${s}`))).toBe(1);

  // Ctrl+Enter in the reply box sends the reply as it is (the status stays).
  const box = form.getByLabel(`Reply to Anna Nowak ${s}`);
  await box.fill(`One more detail (${s}).`);
  await box.press("Control+Enter");
  await expect(form.getByText(`Reply sent to Anna Nowak ${s}.`)).toBeVisible();
  await expect(box).toHaveValue("");
  await expect(statusOf(page)).toContainText("Waiting for customer");
  await expect(page.getByText(`One more detail (${s}).`)).toBeVisible();
});

test("one Save for assignee, priority and status; what could not be saved is marked on its field", async ({
  page,
  signIn,
}) => {
  const { s, customer, engineer, engineerName } = await people();
  const colleague = actorOf(await createUser({ role: "support_engineer" }));
  const ticket = await createTicketRow({
    requesterId: customer.id,
    subject: `Cluster failover ${s}`,
    status: "open",
  });
  await signIn(engineer);
  await page.goto(`/staff/tickets/${ticket.id}`);
  const panel = page.getByRole("region", { name: "Assignment, priority, status" });
  const save = panel.getByRole("button", { name: "Save", exact: true });
  await expect(save).toBeDisabled();
  await panel.getByLabel("Assignee").selectOption({ label: `${engineerName} (you)` });
  await panel.getByLabel("Priority").selectOption({ label: "High" });
  await panel.getByLabel("Status", { exact: true }).selectOption({ label: "Waiting for customer" });
  await save.click();
  await expect(panel.getByText("Saved: Assignee, Priority, Status.")).toBeVisible();
  await expect(statusOf(page)).toContainText("Waiting for customer");
  const history = page.getByRole("list", { name: "Ticket history" });
  await expect(history).toContainText(`${engineerName} assigned the ticket to ${engineerName}`);
  await expect(history).toContainText(`${engineerName} changed priority from Normal to High`);
  await expect(history).toContainText(
    `${engineerName} changed status from Open to Waiting for customer`,
  );

  // A colleague opens it again meanwhile; this page still shows Waiting for customer.
  await changeTicketStatus(colleague, ticket.id, "open", { ip: null, userAgent: null });
  await panel.getByLabel("Priority").selectOption({ label: "Low" });
  await panel.getByLabel("Status", { exact: true }).selectOption({ label: "Open" });
  await save.click();
  const status = panel.getByLabel("Status", { exact: true });
  await expect(status).toHaveAccessibleDescription("Status not saved: The ticket is already open.");
  await expect(status).toBeFocused();
  await expect(panel.getByText("Saved: Priority. The marked field was not saved.")).toBeVisible();
  await expect(panel.getByLabel("Priority")).toHaveValue("low");
  await expectAccessible(page);
});

test("shortcuts: ? lists them, r goes to the reply box, a assigns to me, j/k walk the queue", async ({
  page,
  signIn,
}) => {
  const { s, customer, engineer, engineerName } = await people();
  const tickets = [];
  for (const n of [1, 2, 3])
    tickets.push(
      await createTicketRow({ requesterId: customer.id, subject: `Shortcut ${n} ${s}` }),
    );
  await signIn(engineer);

  // The queue: j and k move along the tickets, Enter opens one.
  await page.goto(`/staff/queue?view=all&q=${encodeURIComponent(s)}`);
  const links = page
    .getByRole("table")
    .getByRole("link", { name: new RegExp(`Shortcut \\d ${s}`) });
  await expect(links).toHaveCount(3);
  await page.getByRole("heading", { level: 1, name: "Queue" }).click();
  await page.keyboard.press("j");
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press("j");
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press("j");
  await page.keyboard.press("k");
  await expect(links.nth(1)).toBeFocused();
  const second = (await links.nth(1).textContent())!;
  await expectAccessible(page);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(second);

  // "?" opens the list as a dialog; Escape closes it and focus goes back.
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Assign the ticket to me");
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  const helpButton = page.getByRole("button", { name: "Keyboard shortcuts" });
  await helpButton.click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(helpButton).toBeFocused();

  // r: to the reply box, where keys are typing, not shortcuts.
  await page.keyboard.press("r");
  const box = page.getByLabel("Reply to Anna Nowak", { exact: false });
  await expect(box).toBeFocused();
  await page.keyboard.type("a reply");
  await expect(box).toHaveValue("a reply");
  const panel = page.getByRole("region", { name: "Assignment, priority, status" });
  await expect(panel.getByLabel("Assignee")).toHaveValue("");

  // a (outside a field): assigns the ticket to me.
  await page.getByRole("heading", { level: 1 }).click();
  await page.keyboard.press("a");
  await expect(panel.getByText("Saved: Assignee.")).toBeVisible();
  await expect(panel.getByLabel("Assignee")).toHaveValue(engineer.id);
  await expect(page.getByRole("list", { name: "Ticket history" })).toContainText(
    `${engineerName} assigned the ticket to ${engineerName}`,
  );
  await expect(box).toHaveValue("a reply");

  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);
  // Nothing sticks out of the reply box or makes the page scroll sideways on a phone.
  const sendAndSet = page.getByRole("button", { name: "Send and set Resolved" });
  const formBox = await page
    .getByRole("region", { name: "Reply or add an internal note" })
    .locator("form", { has: sendAndSet })
    .boundingBox();
  for (const button of await page.getByRole("button", { name: /^Send/ }).all()) {
    const box = (await button.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(formBox!.x + formBox!.width);
  }
  await expect(sendAndSet).toBeVisible();
  expect(
    await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    ),
  ).toBeLessThanOrEqual(0);
});

test("on a ticket opened from the queue, j and k open the next and previous ticket of that list", async ({
  page,
  signIn,
}) => {
  const { s, customer, engineer } = await people();
  for (const n of [1, 2, 3])
    await createTicketRow({ requesterId: customer.id, subject: `Walk ${n} ${s}` });
  await signIn(engineer);
  const queue = `/staff/queue?view=all&q=${encodeURIComponent(s)}`;
  await page.goto(queue);
  const links = page.getByRole("table").getByRole("link", { name: new RegExp(`Walk \\d ${s}`) });
  await expect(links).toHaveCount(3);
  const subjects = await links.allTextContents();
  await links.nth(0).click();
  const title = page.getByRole("heading", { level: 1 });
  await expect(title).toContainText(subjects[0]!);
  const nav = page.getByRole("navigation", { name: "Queue" });
  await expect(nav).toContainText("1 of 3");

  await page.keyboard.press("j");
  await expect(title).toContainText(subjects[1]!);
  await expect(nav).toContainText("2 of 3");
  await expect(nav.getByRole("link", { name: /^Previous: CS-\d{6}$/ })).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press("j");
  await expect(title).toContainText(subjects[2]!);
  // the last of the list has no next one: j does nothing
  await expect(nav.getByRole("link", { name: /^Next:/ })).toHaveCount(0);
  await page.keyboard.press("k");
  await expect(title).toContainText(subjects[1]!);
  // typing in the reply box is typing
  await page.getByRole("textbox", { name: /^Reply to / }).fill("");
  await page.getByRole("textbox", { name: /^Reply to / }).press("j");
  await expect(title).toContainText(subjects[1]!);

  // "← Queue" goes back to the list as it was left
  await nav.getByRole("link", { name: "← Queue" }).click();
  await expect(page).toHaveURL(queue);
  await expect(links).toHaveCount(3);
});

async function pageWithoutJavaScript(browser: Browser) {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    extraHTTPHeaders: { "x-forwarded-for": randomIp() },
  });
  return context.newPage();
}

test("without JavaScript: Send and set Resolved, and the side panel's Save", async ({
  browser,
  signIn,
}) => {
  const { s, customer, engineer, engineerName } = await people();
  const ticket = await createTicketRow({
    requesterId: customer.id,
    subject: `Posted plainly ${s}`,
    status: "open",
  });
  const page = await pageWithoutJavaScript(browser);
  await signIn(engineer, page);
  await page.goto(`/staff/tickets/${ticket.id}`);
  const form = page.getByRole("region", { name: "Reply or add an internal note" });
  await form.getByLabel(`Reply to Anna Nowak ${s}`).fill(`Fixed by the update (${s}).`);
  await form.getByRole("button", { name: "Send and set Resolved" }).click();
  await expect(statusOf(page)).toContainText("Resolved");
  await expect(page.getByRole("article", { name: `Message from ${engineerName}` })).toContainText(
    `Fixed by the update (${s}).`,
  );

  const panel = page.getByRole("region", { name: "Assignment, priority, status" });
  await panel.getByLabel("Priority").selectOption({ label: "High" });
  await panel.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("list", { name: "Ticket history" })).toContainText(
    `${engineerName} changed priority from Normal to High`,
  );
  await expect(statusOf(page)).toContainText("Resolved");
  await page.context().close();
});
