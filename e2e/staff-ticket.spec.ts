import { expect, test } from "./support/test";
import {
  createContract,
  createSupportTicketRow,
  createTicketRow,
  createUser,
  uniqueSuffix,
} from "@/test/factories";
import { emailsTo, openEmail } from "./support/mailbox";

const randomIp = () =>
  `198.19.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;

test("an engineer assigns, notes, replies and waits; the customer sees only the reply and answers", async ({
  page,
  browser,
  signIn,
}) => {
  test.setTimeout(300_000);
  const s = uniqueSuffix();
  const customer = await createUser({ firstName: "Anna", lastName: `Nowak ${s}` });
  const engineer = await createUser({
    role: "support_engineer",
    firstName: "Piotr",
    lastName: `Wiśniewski ${s}`,
  });
  const engineerName = `Piotr Wiśniewski ${s}`;
  const contract = await createContract({ activatedFor: [customer.id], vendors: ["fortinet"] });
  const ticket = await createSupportTicketRow(contract, {
    requesterId: customer.id,
    subject: `VPN tunnel drops every hour ${s}`,
    description: "The IPsec tunnel to the branch goes down every hour.",
  });
  const note = `Internal: firmware 6.4.2 is affected by bug ${s}, do not tell the customer yet.`;
  const reply = `Please send the output of diagnose vpn tunnel list (${s}).`;
  const cannedTitle = `Ask for debug logs ${s}`;
  const cannedBody = `Could you run the debug and attach the log? (${s})`;

  // The engineer writes a canned reply, then works the ticket.
  await signIn(engineer);
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Canned replies" })
    .click();
  await page.getByLabel("Title").fill(cannedTitle);
  await page.getByLabel("Text").fill(cannedBody);
  await page.getByRole("button", { name: "Create canned reply" }).click();
  await expect(page.getByRole("heading", { name: cannedTitle })).toBeVisible();

  await page.goto(`/staff/tickets/${ticket.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(ticket.subject);
  const details = page.getByRole("complementary", { name: "Ticket details" });
  await expect(details.getByText(contract.number)).toBeVisible();
  await expect(details.getByText("8x5 NBD")).toBeVisible();
  await expect(details.getByText(customer.email)).toBeVisible();
  await expect(page.getByRole("region", { name: "Additional Information" })).toBeVisible();
  await expect(page.getByRole("region", { name: "SLA" })).toContainText("First response");

  await details.getByRole("button", { name: "Assign to me" }).click();
  await expect(details.getByLabel("Assignee")).toHaveValue(engineer.id);

  const form = page.getByRole("region", { name: "Reply or add an internal note" });
  await form.getByLabel(/^Internal note/).check();
  await form.getByLabel("Internal note (staff only)").fill(note);
  await form.getByRole("button", { name: "Add internal note" }).click();
  await expect(
    page.getByRole("article", { name: `Internal note by ${engineerName}` }),
  ).toContainText(note);
  await expect(form.getByLabel("Internal note (staff only)")).toHaveValue("");

  await form.getByLabel(/^Reply to customer/).check();
  const replyBox = form.getByLabel(`Reply to Anna Nowak ${s}`);
  await replyBox.fill(reply);
  await form.getByLabel("Insert canned reply").selectOption({ label: cannedTitle });
  await form.getByRole("button", { name: "Insert" }).click();
  await expect(replyBox).toHaveValue(`${reply}\n\n${cannedBody}`);
  await expect(replyBox).toBeFocused();
  await form.getByRole("button", { name: "Send reply" }).click();
  await expect(page.getByRole("article", { name: `Message from ${engineerName}` })).toContainText(
    reply,
  );

  await details
    .getByLabel("Status", { exact: true })
    .selectOption({ label: "Waiting for customer" });
  await details.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 }).locator("..")).toContainText(
    "Waiting for customer",
  );

  // The customer sees the reply, never the note, and is emailed without it.
  const customerContext = await browser.newContext();
  await customerContext.setExtraHTTPHeaders({ "x-forwarded-for": randomIp() });
  const customerPage = await customerContext.newPage();
  await signIn(customer, customerPage);
  const email = await openEmail(customerPage, customer.email, /New reply from CLICO support/);
  await expect(email).toContainText(ticket.subject);
  await email.page().close();
  const sentToCustomer = await emailsTo(customer.email);
  expect(sentToCustomer.length).toBeGreaterThan(1);
  for (const sent of sentToCustomer) {
    expect(`${sent.subject}\n${sent.text ?? ""}\n${sent.html ?? ""}`).not.toContain(
      "firmware 6.4.2",
    );
  }

  await customerPage.goto(`/tickets/${ticket.id}`);
  await expect(customerPage.getByText(reply)).toBeVisible();
  await expect(customerPage.getByText(cannedBody)).toBeVisible();
  await expect(customerPage.getByText("firmware 6.4.2")).toHaveCount(0);
  await expect(customerPage.getByText("Internal note")).toHaveCount(0);
  await customerPage.getByLabel("Your reply").fill("Attached the tunnel list.");
  await customerPage.getByRole("button", { name: "Send reply" }).click();
  await expect(customerPage.getByText("Attached the tunnel list.")).toBeVisible();
  await customerContext.close();

  // Back to "Open" for the engineer, and the history tells it all.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 }).locator("..")).toContainText("Open");
  await expect(page.getByText("Attached the tunnel list.")).toBeVisible();
  const history = page.getByRole("list", { name: "Ticket history" });
  await expect(history).toContainText(`${engineerName} assigned the ticket to ${engineerName}`);
  await expect(history).toContainText(`${engineerName} added an internal note`);
  await expect(history).toContainText(`${engineerName} replied; status changed from New to Open`);
  await expect(history).toContainText(
    `${engineerName} changed status from Open to Waiting for customer`,
  );
  await expect(history).toContainText(
    `Anna Nowak ${s} replied; status changed from Waiting for customer to Open`,
  );
});

test("a customer or the orders team can't open the staff ticket page", async ({ page, signIn }) => {
  const customer = await createUser();
  const ticket = await createTicketRow({ requesterId: customer.id });
  const orders = await createUser({ role: "orders_team" });
  await signIn(orders);
  const response = await page.goto(`/staff/tickets/${ticket.id}`);
  expect(response?.status()).toBe(404);
  expect((await page.goto("/staff/canned-replies"))?.status()).toBe(404);
});
