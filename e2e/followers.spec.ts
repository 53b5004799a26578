import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { createContract, createSupportTicketRow, createUser, uniqueSuffix } from "@/test/factories";
import { expectAccessibleAtBothWidths } from "./support/accessibility";
import { openEmail } from "./support/mailbox";

async function sharedTicket() {
  const s = uniqueSuffix();
  const requester = await createUser({ firstName: "Jan", lastName: `Kowalski ${s}` });
  const colleague = await createUser({ firstName: "Ewa", lastName: `Nowak ${s}` });
  const contract = await createContract({ activatedFor: [requester.id, colleague.id] });
  const ticket = await createSupportTicketRow(contract, {
    requesterId: requester.id,
    subject: `Cluster failover ${s}`,
  });
  return { requester, colleague, ticket, colleagueName: `Ewa Nowak ${s}` };
}

/** On the customer's ticket page: Followers, Colleague, Add follower; answers the region. */
async function addFollower(page: Page, ticketId: string, colleague: string) {
  await page.goto(`/tickets/${ticketId}`);
  const followers = page.getByRole("region", { name: "Followers" });
  await followers.getByLabel("Colleague").selectOption({ label: colleague });
  await followers.getByRole("button", { name: "Add follower" }).click();
  return followers;
}

test("the requester adds a colleague as a follower, who then gets the engineer's reply by email; staff see the followers", async ({
  page,
  browser,
  signIn,
}) => {
  const { requester, colleague, ticket, colleagueName } = await sharedTicket();
  await signIn(requester);
  const followers = await addFollower(page, ticket.id, `${colleagueName} (${colleague.email})`);
  const notice = followers.getByText(`${colleagueName} now follows the ticket.`);
  await expect(notice).toBeFocused();
  await expect(followers.getByRole("list", { name: "Followers" })).toContainText(colleague.email);
  await expectAccessibleAtBothWidths(page);
  // the colleague is told, with the link to the ticket
  const added = await openEmail(page, colleague.email, /added you as a follower/);
  await expect(added).toContainText(`Hello Ewa, Jan Kowalski`);
  await expect(
    added.getByRole("link", { name: new RegExp(`/tickets/${ticket.id}`) }),
  ).toBeVisible();
  await added.page().close();

  const engineer = await createUser({ role: "support_engineer" });
  const staffPage = await (await browser.newContext()).newPage();
  await signIn(engineer, staffPage);
  await staffPage.goto(`/staff/tickets/${ticket.id}`);
  await expect(
    staffPage.getByRole("region", { name: "Followers" }).getByRole("list", { name: "Followers" }),
  ).toContainText(colleagueName);
  await expectAccessibleAtBothWidths(staffPage);
  const reply = `Please send the cluster diagnostics ${uniqueSuffix()}.`;
  const form = staffPage.getByRole("region", { name: "Reply or add an internal note" });
  await form.getByRole("textbox", { name: /^Reply to / }).fill(reply);
  await form.getByRole("button", { name: "Send reply" }).click();
  await expect(staffPage.getByRole("article", { name: /^Message from / })).toContainText(reply);

  const email = await openEmail(page, colleague.email, /New reply from CLICO support/);
  await expect(email).toContainText("New reply from CLICO support");
  await expect(email).toContainText("Hello Ewa");

  // The colleague is taken off again: no more emails, and the list says so.
  await page.setViewportSize({ width: 1280, height: 900 });
  await followers.getByRole("button", { name: `Remove ${colleagueName}` }).click();
  await expect(followers.getByText(`${colleagueName} no longer follows the ticket.`)).toBeFocused();
  await expect(followers.getByRole("list", { name: "Followers" })).not.toContainText(
    colleague.email,
  );
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("adding and removing a follower are plain form posts", async ({ page, signIn }) => {
    const { requester, colleague, ticket, colleagueName } = await sharedTicket();
    await signIn(requester);
    const followers = await addFollower(page, ticket.id, `${colleagueName} (${colleague.email})`);
    await expect(followers.getByRole("list", { name: "Followers" })).toContainText(colleague.email);
    await followers.getByRole("button", { name: `Remove ${colleagueName}` }).click();
    await expect(followers.getByRole("list", { name: "Followers" })).not.toContainText(
      colleague.email,
    );
  });
});
