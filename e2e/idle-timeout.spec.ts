import type { Page } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { expect, test } from "./support/test";
import { logInHere } from "./support/login";
import { addSessionCookie } from "./support/session";
import { db } from "@/db/client";
import { endAllSessions } from "@/lib/auth/sessions";
import {
  createContract,
  createSupportTicketRow,
  createUser,
  TEST_PASSWORD,
  uniqueSuffix,
} from "@/test/factories";

// Sessions here start with a short life (addSessionCookie's `seconds`) instead of 30 minutes:
// the page learns its session's seconds left from the server, so the warning (two minutes
// before the end) and the end come within seconds, as they would after 28 and 30 idle minutes.

async function customerWithTicket() {
  const s = uniqueSuffix();
  const customer = await createUser({ firstName: "Anna", lastName: `Nowak ${s}` });
  const contract = await createContract({ activatedFor: [customer.id], vendors: ["fortinet"] });
  const ticket = await createSupportTicketRow(contract, {
    requesterId: customer.id,
    subject: `VPN tunnel flaps ${s}`,
    description: "The IPsec tunnel to the branch goes down hourly.",
  });
  return { customer, ticket, s };
}

const secondsLeft = async (page: Page) =>
  ((await (await page.request.get("/api/session")).json()) as { secondsLeft?: number })
    .secondsLeft ?? 0;

test("two minutes before the idle timeout the page warns; Stay signed in keeps the session", async ({
  page,
}) => {
  const { customer, ticket } = await customerWithTicket();
  await addSessionCookie(page, customer, { seconds: 110 });
  await page.goto(`/tickets/${ticket.id}`);

  const warning = page.getByRole("dialog", { name: "Your session ends in 2 minutes" });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText("a session ends after 30 minutes without activity");
  await expect(warning.getByRole("button", { name: "Stay signed in" })).toBeFocused();
  await expect(warning.getByRole("button", { name: "Sign out" })).toBeVisible();
  // asking the time left is not activity: the session still ends as before
  expect(await secondsLeft(page)).toBeLessThanOrEqual(110);
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(warning.getByRole("button", { name: "Stay signed in" })).toBeInViewport();
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  await warning.getByRole("button", { name: "Stay signed in" }).click();
  await expect(warning).toBeHidden();
  // another 30 minutes from now
  expect(await secondsLeft(page)).toBeGreaterThan(29 * 60);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(ticket.subject);
  await expect(page.getByRole("dialog")).toBeHidden();
});

test("a reply typed as the session ends is kept, the user is told, and it is back after logging in again", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { customer, ticket, s } = await customerWithTicket();
  const reply = `The tunnel went down again at 14:02; debug log below (${s}).\n\nThanks, Anna`;
  await addSessionCookie(page, customer, { seconds: 20 });
  await page.goto(`/tickets/${ticket.id}`);

  // Anna closes the warning and writes her reply instead; the session ends meanwhile.
  await expect(page.getByRole("dialog", { name: /^Your session ends in/ })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  await page.getByLabel("Your reply").fill(reply);

  const ended = page.getByRole("dialog", { name: "Your session ended" });
  await expect(ended).toBeVisible({ timeout: 40_000 });
  await expect(ended).toContainText("A reply you typed is kept in this browser");
  await expect(ended.getByRole("link", { name: "Log in again" })).toBeFocused();
  // the page stays as it was behind the dialog
  await expect(page.getByLabel("Your reply")).toHaveValue(reply);
  await expectAccessible(page);

  await ended.getByRole("link", { name: "Log in again" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Log in" })).toBeVisible();
  expect(new URL(page.url()).searchParams.get("session")).toBe("ended");
  await expect(page.getByText("Your session ended. Log in again to continue.")).toBeVisible();
  await expectAccessible(page);

  // the login lands back on the ticket, where the reply is waiting
  await logInHere(page, { ...customer, password: TEST_PASSWORD });
  await expect(page).toHaveURL(new RegExp(`/tickets/${ticket.id}$`));
  const box = page.getByLabel("Your reply");
  await expect(box).toHaveValue(reply);
  await page.getByRole("button", { name: "Send reply" }).click();
  await expect(page.getByRole("article", { name: `Message from Anna Nowak ${s}` })).toContainText(
    "The tunnel went down again at 14:02",
  );
  await expect(box).toHaveValue("");
  // sent, the draft is gone
  await page.reload();
  await expect(page.getByLabel("Your reply")).toHaveValue("");
});

test("the staff reply box keeps its draft when the page opens again, until it is sent", async ({
  page,
  signIn,
}) => {
  const { ticket, s } = await customerWithTicket();
  const engineer = await createUser({ role: "support_engineer" });
  const note = `Checked the peer's logs: DPD timeouts (${s}).`;
  await signIn(engineer);
  await page.goto(`/staff/tickets/${ticket.id}`);
  const form = page.getByRole("region", { name: "Reply or add an internal note" });
  await form.getByLabel(/^Internal note/).check();
  await form.getByLabel("Internal note (staff only)").fill(note);

  await page.goto("/staff");
  await page.goto(`/staff/tickets/${ticket.id}`);
  await expect(form.getByLabel(`Reply to Anna Nowak ${s}`)).toHaveValue(note);
  await form.getByLabel(/^Internal note/).check();
  await form.getByRole("button", { name: "Add internal note" }).click();
  await expect(page.getByRole("article", { name: /^Internal note by/ })).toContainText(note);
  await page.reload();
  await expect(form.getByLabel(`Reply to Anna Nowak ${s}`)).toHaveValue("");
});

test("a reply sent after the session ended elsewhere is kept: the login page says why, and the reply is back after logging in", async ({
  page,
}) => {
  const { customer, ticket, s } = await customerWithTicket();
  const reply = `Rebooted the secondary unit; the tunnel is stable since (${s}).`;
  await addSessionCookie(page, customer);
  await page.goto(`/tickets/${ticket.id}`);
  await page.getByLabel("Your reply").fill(reply);
  // Anna signs out everywhere from her phone while this tab still shows the ticket
  await endAllSessions(db, customer.id, "sign_out_everywhere");
  await page.getByRole("button", { name: "Send reply" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Log in" })).toBeVisible();
  await expect(page.getByText("Your session ended. Log in again to continue.")).toBeVisible();
  await logInHere(page, { ...customer, password: TEST_PASSWORD });
  await expect(page).toHaveURL(new RegExp(`/tickets/${ticket.id}$`));
  await expect(page.getByLabel("Your reply")).toHaveValue(reply);
  // nothing was posted while signed out
  await expect(page.getByRole("article", { name: `Message from Anna Nowak ${s}` })).toHaveCount(0);
});
