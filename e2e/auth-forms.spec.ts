import { expectAccessible } from "./support/accessibility";
import { expect, test } from "./support/test";
import { createContract, createUser, uniqueSuffix } from "@/test/factories";
import { clickEmailLink, openEmail } from "./support/mailbox";

// Issue #14: an answer from the server keeps what it is not about (the passwords too), and
// focus goes to the answer, never to <body>.

test("Sign Up with a wrong activation code: the error has focus, the passwords stay typed", async ({
  page,
}) => {
  const contract = await createContract();
  const suffix = uniqueSuffix();
  const password = "Violet-Harbour-Compass-71";
  await page.goto("/sign-up");
  await page.getByLabel("First name").fill("Anna");
  await page.getByLabel("Last name").fill("Mazur");
  const address = `anna.${suffix}@example.com`;
  await page.getByLabel("Email").fill(address);
  await page.getByLabel("Phone").fill("+48 601 222 333");
  await page.getByLabel("Company").fill("Energa Przykład S.A.");
  await page.getByLabel("Login", { exact: true }).fill(`anna.${suffix}`);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Confirm password").fill(password);
  await page.getByLabel("Contract number").fill(contract.number);
  await page.getByLabel("Contract key (activation key)").fill("WRONG-KEY-0000");
  await page.getByRole("button", { name: "Submit" }).click();

  const code = page.getByLabel("Contract key (activation key)");
  await expect(code).toHaveAccessibleDescription(/do not match/);
  await expect(code).toBeFocused();
  await expect(page.getByLabel("Password", { exact: true })).toHaveValue(password);
  await expect(page.getByLabel("Confirm password")).toHaveValue(password);
  await expectAccessible(page);

  // put right, the same passwords go through: the new content takes focus
  await code.fill(contract.key);
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Check your inbox" })).toBeFocused();

  // a form that leaves with its page hands focus to the next page's heading
  const email = await openEmail(page, address, /Confirm your email address/);
  await clickEmailLink(email, "confirm-email");
  const tab = email.page();
  await tab.getByRole("button", { name: "Confirm email" }).click();
  await expect(tab.getByText("Your email address is confirmed")).toBeVisible();
  await expect(tab.getByRole("heading", { level: 1 })).toBeFocused();
});

test("a wrong password: the message has focus and the password is emptied", async ({ page }) => {
  const user = await createUser();
  await page.goto("/login");
  await page.getByLabel("Login", { exact: true }).fill(user.login);
  await page.getByLabel("Password", { exact: true }).fill("not-the-password-1");
  await page.getByRole("button", { name: "Submit" }).click();
  const message = page.getByText(/^Incorrect login or password\./);
  await expect(message).toBeVisible();
  await expect(page.locator(":focus")).toContainText("Incorrect login or password");
  await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");
  await expect(page.getByLabel("Login", { exact: true })).toHaveValue(user.login);
});

test("Forgot my password: the answer takes focus", async ({ page }) => {
  await page.goto("/forgot-password");
  await page.getByLabel("Email address").fill(`nobody.${uniqueSuffix()}@example.com`);
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Check your inbox" })).toBeFocused();
  await expectAccessible(page);
});
