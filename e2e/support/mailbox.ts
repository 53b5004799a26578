import { expect, type Locator, type Page } from "@playwright/test";
import type { Email } from "./fake-resend";

// The mailbox is the fake Resend server's page: specs read mail the way a person does,
// by opening the mailbox, finding the message and clicking its link or reading its code.

const mailboxUrl = () => {
  const url = process.env.E2E_MAILBOX_URL;
  if (!url) throw new Error("E2E_MAILBOX_URL is not set (see playwright.config.ts).");
  return url;
};

export async function emailsTo(address: string): Promise<Email[]> {
  const response = await fetch(`${mailboxUrl()}/__emails`);
  const emails = (await response.json()) as Email[];
  return emails.filter((email) =>
    email.to.some((to) => to.toLowerCase() === address.toLowerCase()),
  );
}

/**
 * Waits until `address` has more than `seen` emails whose subject matches, opens the mailbox in
 * a new tab of the same browser and returns the newest such message's <article>
 * (`article.page()` is that tab).
 */
export async function openEmail(
  page: Page,
  address: string,
  subject: RegExp,
  seen = 0,
): Promise<Locator> {
  await expect
    .poll(
      async () => (await emailsTo(address)).filter((email) => subject.test(email.subject)).length,
      {
        message: `an email to ${address} matching ${subject}`,
        timeout: 30_000,
      },
    )
    .toBeGreaterThan(seen);
  const tab = await page.context().newPage();
  await tab.goto(mailboxUrl());
  return tab
    .locator("article")
    .filter({ hasText: `To: ${address}` })
    .filter({ hasText: subject })
    .first();
}

/** Clicks the link in an email whose address contains `path`. */
export async function clickEmailLink(article: Locator, path: string) {
  await article.getByRole("link", { name: new RegExp(`/${path}/`) }).click();
}

export async function readCode(article: Locator): Promise<string> {
  const match = (await article.locator("pre").innerText()).match(/\b(\d{6})\b/);
  if (!match) throw new Error("No 6-digit code in the email.");
  return match[1]!;
}

export const countEmails = async (address: string, subject: RegExp) =>
  (await emailsTo(address)).filter((email) => subject.test(email.subject)).length;

/** Makes the fake Resend refuse (422) every email to `address`, or (`refuse` false) accept it again. */
export async function refuseMailTo(address: string, refuse = true) {
  const response = await fetch(`${mailboxUrl()}/__reject`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ address, reject: refuse }),
  });
  if (!response.ok) throw new Error(`The fake Resend answered ${response.status} to /__reject.`);
}
