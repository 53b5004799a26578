import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";

/** The directives of a Content-Security-Policy header, by name. */
function parseCsp(header: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of header.split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

function collectCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test("the start page sends a visitor to the login page", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("heading", { level: 1, name: "Log in" })).toBeVisible();
  await expect(page.getByLabel("Login", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Password", { exact: true })).toHaveAttribute("type", "password");
  await expect(page.getByRole("button", { name: "Submit" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign Up" })).toHaveAttribute("href", "/sign-up");
  await expect(page.getByRole("link", { name: "Forgot my password" })).toHaveAttribute(
    "href",
    "/forgot-password",
  );
  await expect(page.getByRole("link", { name: "maintenance@clico.pl" })).toHaveAttribute(
    "href",
    "mailto:maintenance@clico.pl",
  );
});

test("pages carry the security headers and a per-request CSP nonce", async ({ page }) => {
  const violations = collectCspViolations(page);
  const response = await page.goto("/login");
  expect(response?.status()).toBe(200);
  const headers = response!.headers();

  const csp = parseCsp(headers["content-security-policy"] ?? "");
  const scriptSrc = csp.get("script-src") ?? [];
  const nonceSource = scriptSrc.find((value) => value.startsWith("'nonce-"));
  expect(nonceSource, "script-src has a nonce").toBeDefined();
  expect(scriptSrc).toContain("'strict-dynamic'");
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
  expect(csp.get("object-src")).toEqual(["'none'"]);
  expect(csp.get("base-uri")).toEqual(["'self'"]);
  expect(csp.get("form-action")).toEqual(["'self'"]);

  expect(headers["strict-transport-security"]).toContain("max-age=63072000");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-powered-by"]).toBeUndefined();

  // Every inline script (Next's bootstrap and flight data) carries this request's nonce.
  const nonce = nonceSource!.slice("'nonce-".length, -1);
  const inlineNonces = await page.$$eval("script:not([src])", (scripts) =>
    scripts.map((script) => (script as HTMLScriptElement).nonce),
  );
  expect(inlineNonces.length).toBeGreaterThan(0);
  for (const value of inlineNonces) expect(value).toBe(nonce);

  // A fresh nonce for the next request.
  const again = await page.request.get("/login");
  expect(again.headers()["content-security-policy"]).not.toContain(`'nonce-${nonce}'`);

  // The page hydrated under the policy: nothing was blocked.
  await page.getByLabel("Login", { exact: true }).fill("someone");
  expect(violations).toEqual([]);
});

test("the health check reports the database as ok, without caching", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
  expect(response.headers()["cache-control"]).toContain("no-store");
  expect(response.headers()["content-security-policy"]).toBeDefined();
});

test("the local mailbox does not exist in production", async ({ request }) => {
  const response = await request.get("/dev/mailbox");
  expect(response.status()).toBe(404);
});

test("the skip link is the first Tab stop and moves focus to the main content", async ({
  page,
}) => {
  await page.goto("/login");
  await page.keyboard.press("Tab");
  const skipLink = page.getByRole("link", { name: "Skip to main content" });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
  // The next Tab continues inside the main content, not back in the header.
  await page.keyboard.press("Tab");
  const focusedInMain = await page.evaluate(
    () => document.activeElement?.closest("main")?.id === "main",
  );
  expect(focusedInMain).toBe(true);
});

test("the login page has no accessibility violations", async ({ page }) => {
  await page.goto("/login");
  await expectAccessible(page);
});

test("the login page works at phone width", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/login");
  await expect(page.getByRole("button", { name: "Submit" })).toBeInViewport();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
