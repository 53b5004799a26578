import type { Page } from "@playwright/test";
import {
  createContract,
  createMessages,
  createSupportTicketRow,
  createTicketRow,
  createUser,
  uniqueSuffix,
} from "@/test/factories";
import { axeViolations } from "./support/accessibility";
import { sidewaysScroll } from "./support/layout";
import { customerPages, PUBLIC_PAGES, staffPages } from "./support/pages";
import { expect, test } from "./support/test";

// Every page at 390 px (a phone): nothing scrolls sideways, and axe finds nothing, there and at
// 1280 px (a laptop).

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 900 };

async function expectFitsAPhone(page: Page, path: string) {
  await page.setViewportSize(PHONE);
  await page.goto(path);
  await expect(page.locator("h1").first()).toBeVisible();
  expect.soft({ path, ...(await sidewaysScroll(page)) }).toEqual({ path, overflow: 0 });
  expect.soft({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
  await page.setViewportSize(LAPTOP);
  const wide = { path, width: LAPTOP.width };
  expect
    .soft({ ...wide, violations: await axeViolations(page) })
    .toEqual({ ...wide, violations: [] });
}

test.use({ viewport: PHONE });

test("the public pages fit a phone, and pass axe on a phone and a laptop", async ({ page }) => {
  for (const path of PUBLIC_PAGES) await expectFitsAPhone(page, path);
});

test("every customer page fits a phone, and passes axe on a phone and a laptop", async ({
  page,
  signIn,
}) => {
  test.setTimeout(120_000);
  const customer = await createUser();
  const contract = await createContract({ activatedFor: [customer.id] });
  const ticket = await createSupportTicketRow(contract, {
    requesterId: customer.id,
    subject: `A subject long enough to wrap on a phone screen ${uniqueSuffix()}`,
    description:
      "```\ndiagnose vpn ike gateway list name branch-office-tunnel-with-a-long-name\n```",
  });
  await createMessages({ ticketId: ticket.id, authorId: customer.id, body: "Any news?" });
  await signIn(customer);
  for (const path of customerPages({ ticketId: ticket.id, contractId: contract.id }))
    await expectFitsAPhone(page, path);
});

test("every staff page fits a phone, and passes axe on a phone and a laptop", async ({
  page,
  signIn,
}) => {
  test.setTimeout(180_000);
  const admin = await createUser({ role: "admin" });
  const customer = await createUser();
  const contract = await createContract({ activatedFor: [customer.id] });
  const ticket = await createTicketRow({ requesterId: customer.id, assigneeId: admin.id });
  await createMessages({ ticketId: ticket.id, authorId: customer.id, body: "Any news?" });
  await signIn(admin);
  for (const path of staffPages({
    ticketId: ticket.id,
    contractId: contract.id,
    userId: customer.id,
  }))
    await expectFitsAPhone(page, path);
});
