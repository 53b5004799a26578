import { test as base } from "@playwright/test";

export { expect } from "@playwright/test";

export const randomIp = () =>
  `198.18.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;

/**
 * Each test's browser comes from an address of its own, as real users do, so the per-IP rate
 * limits (tested on their own in lib/rate-limit) don't add up across the whole suite.
 */
export const test = base.extend({
  context: async ({ context }, provide) => {
    await context.setExtraHTTPHeaders({ "x-forwarded-for": randomIp() });
    await provide(context);
  },
});
