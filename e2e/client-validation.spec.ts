import { createTicketRow, createUser, uniqueSuffix } from "@/test/factories";
import { expect, test } from "./support/test";

// With JavaScript the auth and reply forms check their fields in the browser, with the schema
// the server parses (loaded on first focus, not with the page), and name each problem next to
// its field before anything is posted.

test("the login form names an empty field next to it without posting, then logs in", async ({
  page,
}) => {
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });
  await page.goto("/login");
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByLabel("Login")).toHaveAccessibleDescription(
    "Enter your login or email address.",
  );
  await expect(page.getByLabel("Password")).toHaveAccessibleDescription("Enter your password.");
  await expect(page.getByText("Please correct the highlighted fields.")).toBeVisible();
  await expect(page.getByLabel("Login")).toBeFocused();
  expect(posts).toEqual([]);

  // a corrected field loses its error as it is typed
  await page.getByLabel("Login").fill("someone");
  await expect(page.getByLabel("Login")).toHaveAccessibleDescription("");
});

test("sign up checks a field when it is left: a short password, a mismatch, a bad email", async ({
  page,
}) => {
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Phone").focus();
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription(
    "Enter a valid email address, like name@company.com.",
  );
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByLabel("Confirm password").focus();
  await expect(page.getByLabel("Password", { exact: true })).toHaveAccessibleDescription(
    /Use at least 12 characters\./,
  );
  await page.getByLabel("Email").fill(`ok.${uniqueSuffix()}@example.com`);
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription("");
});

test("an empty reply is named next to its field, a written one is sent and the field emptied", async ({
  page,
  signIn,
}) => {
  const customer = await createUser();
  const ticket = await createTicketRow({ requesterId: customer.id, subject: "Reply check" });
  await signIn(customer);
  await page.goto(`/tickets/${ticket.id}`);
  const reply = page.getByLabel("Your reply");
  await reply.focus();
  await page.getByRole("button", { name: "Send reply" }).click();
  await expect(reply).toHaveAccessibleDescription(/Write a message\./);

  await reply.fill("The tunnel is up again.");
  await page.getByRole("button", { name: "Send reply" }).click();
  await expect(page.getByText("The tunnel is up again.").first()).toBeVisible();
  await expect(reply).toHaveValue("");
});
