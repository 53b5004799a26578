import { createTicketRow, createUser, uniqueSuffix } from "@/test/factories";
import { formatTicketNumber } from "@/lib/tickets/ticket-number";
import { expectAccessibleAtBothWidths } from "./support/accessibility";
import { expect, test } from "./support/test";

// The queue finds every ticket (issue #14): an All tickets view, a number opens its ticket from
// any view, a search offers all tickets, the Status filter agrees with the view, the subject is
// the link, and new tickets are announced without a reload.

test("an engineer finds a closed ticket under All tickets, by its number from any view, and through Search all tickets", async ({
  page,
  signIn,
}) => {
  const s = uniqueSuffix();
  const customer = await createUser();
  const closed = await createTicketRow({
    requesterId: customer.id,
    subject: `Old licence question ${s}`,
    status: "closed",
  });
  await signIn(await createUser({ role: "support_engineer" }));
  await page.goto("/staff/queue");
  const views = page.getByRole("navigation", { name: "Queue views" });
  const search = page.getByLabel("Search");
  const filter = page.getByRole("button", { name: "Filter" });

  // Words searched in a view that cannot hold it: nothing, and the way to all tickets.
  await search.fill(s);
  await filter.click();
  await expect(page.getByText("No tickets match these filters.")).toBeVisible();
  await page.getByRole("link", { name: `Search all tickets for “${s}”` }).click();
  await expect(views.getByRole("link", { name: "All tickets" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  // The subject is the link to the ticket.
  const subject = page.getByRole("table").getByRole("link", { name: `Old licence question ${s}` });
  await expect(subject).toBeVisible();
  await expectAccessibleAtBothWidths(page);
  await page.setViewportSize({ width: 1280, height: 900 });

  // Its number, typed in the search of another view, opens it.
  await views.getByRole("link", { name: "Assigned to me" }).click();
  await expect(views.getByRole("link", { name: "Assigned to me" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await search.fill(formatTicketNumber(closed.number));
  await filter.click();
  await expect(page).toHaveURL(new RegExp(`/staff/tickets/${closed.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Old licence question ${s}`);
});

test("the Status filter offers only what the view holds, and an impossible status from an old link is dropped, saying so", async ({
  page,
  signIn,
}) => {
  await signIn(await createUser({ role: "support_engineer" }));
  await page.goto("/staff/queue?view=open");
  const status = page.getByLabel("Status", { exact: true });
  await expect(status.getByRole("option")).toHaveText(["Any status", "New", "Open"]);

  await page.goto("/staff/queue?view=open&status=resolved");
  await expect(page.getByText("Not searched for. Not in “All open”.")).toBeVisible();
  await expect(status).toHaveValue("");
  // a view of one status has no Status filter at all
  await page.goto("/staff/queue?view=waiting");
  await expect(page.getByLabel("Status", { exact: true })).toHaveCount(0);
});

test("a new ticket is announced on the open queue without a reload; Show new tickets lists it", async ({
  page,
  signIn,
}) => {
  const s = uniqueSuffix();
  await signIn(await createUser({ role: "support_engineer" }));
  await page.goto(`/staff/queue?view=all&q=${encodeURIComponent(s)}`);
  await expect(page.getByText("No tickets match these filters.")).toBeVisible();

  const customer = await createUser();
  await createTicketRow({ requesterId: customer.id, subject: `Cluster down ${s}` });
  const notice = page.getByRole("status").filter({ hasText: "since you opened the queue" });
  await expect(notice).toContainText(/\d+ new tickets? since you opened the queue\./);
  await notice.getByRole("button", { name: "Show new tickets" }).click();
  await expect(
    page.getByRole("table").getByRole("link", { name: `Cluster down ${s}` }),
  ).toBeVisible();
  await expect(notice).toBeHidden();
});
