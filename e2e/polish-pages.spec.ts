import type { Page, TestInfo } from "@playwright/test";
import {
  createContract,
  createMessages,
  createSupportTicketRow,
  createTicketRow,
  createUser,
  uniqueSuffix,
} from "@/test/factories";
import { sidewaysScroll } from "./support/layout";
import { customerPages, PUBLIC_PAGES, staffPages } from "./support/pages";
import { expect, test } from "./support/test";

// Every page in Polish (issue #15), as a Polish user has it: the page says it is Polish, no
// English words on it but the guide's own terms and product names, and the longer Polish words
// fit a phone (390 px) and a laptop (1280 px). Screenshots of both are attached to the report.

/** The guide's terms, kept in English in both languages, and names that are not English words. */
const KEPT_IN_ENGLISH = [
  "CLICO Support System",
  "Additional Information",
  "Create new ticket",
  "Register contract",
  "Password has been changed",
  "Forgot my password",
  "Add asset",
  "Contracts",
  "Sign Up",
  "Submit",
  "Create",
  "Apply",
  // record types as typed into the audit log's filter
  "user, ticket",
];

/** Words that mean the page still speaks English somewhere (none is a Polish word). */
const ENGLISH =
  /\b(the|and|your|you|with|for|this|that|are|from|have|been|will|please|ticket|tickets|contract|request|search|save|cancel|priority|reply|subject|description|engineer|customer|assigned|unassigned|waiting|open|closed|resolved|new|show|all|none|page|sign|out|notifications?|settings|email|delivery|audit|log|overview|queue|canned|replies|edit|invite|previous|next|older|newer|filters?|clear|copy)\b/i;

/**
 * The lines of the page's own words (visible or given to screen readers) that are English.
 * Left out: what people typed or other specs stored in the shared database (table rows,
 * ticket subjects and names as links, email addresses), code (commands, column names), scripts.
 */
async function englishOn(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const words = document.body.cloneNode(true) as HTMLElement;
    for (const stored of words.querySelectorAll(
      'script, style, template, code, kbd, pre, tbody, a[href*="/tickets/"], a[href*="/users/"]',
    ))
      stored.remove();
    const lines: string[] = [document.title];
    const walker = document.createTreeWalker(words, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) lines.push(walker.currentNode.textContent ?? "");
    for (const element of words.querySelectorAll("[aria-label], [title], [placeholder], [alt]"))
      for (const name of ["aria-label", "title", "placeholder", "alt"])
        lines.push(element.getAttribute(name) ?? "");
    return lines;
  });
  return (
    text
      .map((line) =>
        KEPT_IN_ENGLISH.reduce((rest, term) => rest.split(term).join(" "), line).replace(
          /\S+@\S+/g,
          " ",
        ),
      )
      // an untranslated key ("@i18n:…") counts as English too: its words never reached the page
      .filter((line) => line.match(ENGLISH) || line.includes("@i18n:"))
      .map((line) => line.trim().slice(0, 120))
  );
}

async function expectPolish(page: Page, path: string, testInfo: TestInfo) {
  await page.goto(path);
  await expect(page.locator("html")).toHaveAttribute("lang", "pl");
  await expect(page.locator("h1").first()).toBeVisible();
  expect.soft({ path, english: await englishOn(page) }).toEqual({ path, english: [] });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    expect.soft({ path, width, ...(await sidewaysScroll(page)) }).toEqual({
      path,
      width,
      overflow: 0,
    });
    await testInfo.attach(`${path} at ${width} px`, {
      body: await page.screenshot({ fullPage: true }),
      contentType: "image/png",
    });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test.use({ locale: "pl-PL" });

test("the public pages are Polish all through", async ({ page }, testInfo) => {
  for (const path of PUBLIC_PAGES) await expectPolish(page, path, testInfo);
});

test("every customer page is Polish all through", async ({ page, signIn }, testInfo) => {
  test.setTimeout(180_000);
  const s = uniqueSuffix();
  const customer = await createUser({ locale: "pl", firstName: "Ewa", lastName: "Nowak" });
  const contract = await createContract({
    activatedFor: [customer.id],
    customerName: `Energa Przykład ${s}`,
  });
  const ticket = await createSupportTicketRow(contract, {
    requesterId: customer.id,
    subject: `Zerwany tunel IPsec do oddziału w Gdańsku ${s}`,
    description: "```\ndiagnose vpn ike gateway list name oddzial-gdansk\n```",
  });
  await createMessages({ ticketId: ticket.id, authorId: customer.id, body: "Czy coś wiadomo?" });
  await signIn(customer);
  for (const path of customerPages({ ticketId: ticket.id, contractId: contract.id }))
    await expectPolish(page, path, testInfo);
});

test("every staff page is Polish all through", async ({ page, signIn }, testInfo) => {
  test.setTimeout(240_000);
  const admin = await createUser({
    role: "admin",
    locale: "pl",
    firstName: "Jan",
    lastName: "Kowalski",
  });
  const s = uniqueSuffix();
  const customer = await createUser({
    locale: "pl",
    login: `ewa.nowak.${s}`,
    firstName: "Ewa",
    lastName: "Nowak",
  });
  const contract = await createContract({
    activatedFor: [customer.id],
    customerName: `Energa Przykład ${s}`,
  });
  const ticket = await createTicketRow({
    requesterId: customer.id,
    assigneeId: admin.id,
    subject: `Prośba o fakturę korygującą ${s}`,
  });
  await createMessages({ ticketId: ticket.id, authorId: customer.id, body: "Czy coś wiadomo?" });
  await signIn(admin);
  for (const path of staffPages({
    ticketId: ticket.id,
    contractId: contract.id,
    userId: customer.id,
  }))
    await expectPolish(page, path, testInfo);
});
