import type { Browser, BrowserContext } from "@playwright/test";
import { createUser } from "@/test/factories";
import { expect, randomIp, test } from "./support/test";

const dashboard = (context: BrowserContext) =>
  context.pages()[0]!.getByRole("heading", { level: 1, name: "Dashboard" });

/** Another browser, on a network of its own (see support/test.ts). */
const newBrowser = (browser: Browser) =>
  browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": randomIp() } });

/** A second browser holding a copy of the first one's cookies, as a thief's would. */
async function copyCookies(browser: Browser, from: BrowserContext) {
  const thief = await newBrowser(browser);
  await thief.addCookies(await from.cookies());
  const page = await thief.newPage();
  await page.goto("/dashboard");
  await expect(dashboard(thief)).toBeVisible();
  return thief;
}

test("a session cookie copied before Sign out gets the login page after it", async ({
  page,
  browser,
  signIn,
}) => {
  const user = await createUser();
  await signIn(user);
  const thief = await copyCookies(browser, page.context());

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login$/);

  const stolen = thief.pages()[0]!;
  await stolen.goto("/dashboard");
  await expect(stolen).toHaveURL(/\/login$/);
  await expect(stolen.getByLabel("Login", { exact: true })).toBeVisible();
  await thief.close();
});

test("Sign out ends only this browser's session; Sign out everywhere ends the others too", async ({
  page,
  browser,
  signIn,
}) => {
  const user = await createUser();
  const laptop = await newBrowser(browser);
  const phone = await newBrowser(browser);
  for (const context of [laptop, phone]) await signIn(user, await context.newPage());
  await signIn(user);

  const laptopPage = laptop.pages()[0]!;
  await laptopPage.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(laptopPage).toHaveURL(/\/login$/);
  await page.reload();
  await expect(dashboard(page.context())).toBeVisible();

  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/login$/);
  const phonePage = phone.pages()[0]!;
  await phonePage.goto("/dashboard");
  await expect(phonePage).toHaveURL(/\/login$/);
  await Promise.all([laptop.close(), phone.close()]);
});

test("Auth.js's own endpoints are closed: sign-out goes through the portal's Sign out only", async ({
  page,
  signIn,
}) => {
  const user = await createUser();
  await signIn(user);
  const request = page.context().request;
  for (const path of ["signout", "session", "csrf", "providers", "signin"]) {
    expect((await request.get(`/api/auth/${path}`)).status(), `GET ${path}`).toBe(404);
  }
  for (const path of ["signout", "callback/credentials", "session"]) {
    expect((await request.post(`/api/auth/${path}`)).status(), `POST ${path}`).toBe(404);
  }
  await page.goto("/dashboard");
  await expect(dashboard(page.context())).toBeVisible();
});
