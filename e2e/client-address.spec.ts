import type { Page } from "@playwright/test";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { auditEvents } from "@/db/schema";
import { createUser } from "@/test/factories";
import { expect, test } from "./support/test";

const directUrl = () => {
  const url = process.env.E2E_DIRECT_URL;
  if (!url) throw new Error("E2E_DIRECT_URL is not set (see playwright.config.ts).");
  return url;
};

async function failLogin(page: Page, origin: string, login: string) {
  await page.goto(`${origin}/login`);
  await page.getByLabel("Login", { exact: true }).fill(login);
  await page.getByLabel("Password", { exact: true }).fill("Not-The-Password-1");
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByText("Incorrect login or password.")).toBeVisible();
}

const failedLoginAddresses = async (userId: string) =>
  (
    await db
      .select({ ip: auditEvents.ip })
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, userId), eq(auditEvents.action, "auth.login")))
  ).map((row) => row.ip);

test("with no proxy in front, the audit log records the connection's address whatever X-Forwarded-For says", async ({
  page,
}) => {
  const user = await createUser();
  for (const forged of ["203.0.113.1", "203.0.113.2"]) {
    await page.context().setExtraHTTPHeaders({
      "x-forwarded-for": forged,
      "x-clico-client-address": "203.0.113.99",
    });
    await failLogin(page, directUrl(), user.login);
  }
  await expect.poll(() => failedLoginAddresses(user.id)).toHaveLength(2);
  for (const ip of await failedLoginAddresses(user.id)) expect(ip).toMatch(/^(127\.0\.0\.1|::1)$/);
});

test("behind one trusted proxy, the audit log records the address that proxy appended", async ({
  page,
}) => {
  const user = await createUser();
  // The client wrote the first entry; the proxy (played by the spec) appended the second.
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": "203.0.113.66, 198.51.100.7" });
  await failLogin(page, "", user.login);
  await expect.poll(() => failedLoginAddresses(user.id)).toEqual(["198.51.100.7"]);
});
