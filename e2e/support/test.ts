import { test as base, type Page } from "@playwright/test";
import { signInFast, type SessionUser } from "./session";

export { expect } from "@playwright/test";

export const randomIp = () =>
  `198.18.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;

/**
 * Each test's browser comes from an address of its own, as real users do, so the per-IP rate
 * limits (tested on their own in lib/rate-limit) don't add up across the whole suite.
 * `signIn(user)` signs the user in on the test's page without the UI (`signIn(user, other)` on
 * another page), for specs whose subject is not logging in.
 */
export const test = base.extend<{
  signIn: (user: SessionUser, page?: Page) => Promise<void>;
}>({
  context: async ({ context }, provide) => {
    await context.setExtraHTTPHeaders({ "x-forwarded-for": randomIp() });
    await provide(context);
  },
  signIn: async ({ page }, provide) => {
    await provide((user, onPage = page) => signInFast(onPage, user));
  },
});
