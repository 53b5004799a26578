import { expect, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { db } from "@/db/client";
import { SESSION_IDLE_SECONDS } from "@/lib/auth/session-policy";
import { startSession } from "@/lib/auth/sessions";

export type SessionUser = { id: string; email: string; firstName: string; lastName: string };

/**
 * Signs the user in without the UI: the session row and the Auth.js session cookie a real
 * login (password, then the emailed code) ends with — the same JWT claims, encrypted with the
 * servers' AUTH_SECRET and the cookie's name as salt, as Auth.js's callback does — then opens
 * the start page, which shows the Dashboard (Pulpit, in Polish). Only the login's own traces (audit event, last
 * login time) are missing: specs about logging in log in through the UI (./login.ts).
 */
export async function signInFast(page: Page, user: SessionUser): Promise<void> {
  await addSessionCookie(page, user);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: /^(Dashboard|Pulpit)$/ })).toBeVisible();
}

/**
 * signInFast's session without opening a page; `seconds` is its life before it times out
 * (the idle timeout by default; less, for a session that is about to end), issued now.
 */
export async function addSessionCookie(
  page: Page,
  user: SessionUser,
  { seconds = SESSION_IDLE_SECONDS }: { seconds?: number } = {},
): Promise<void> {
  const secret = process.env.E2E_AUTH_SECRET;
  if (!secret) throw new Error("E2E_AUTH_SECRET is not set (see playwright.config.ts).");
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error("E2E_BASE_URL is not set (see playwright.config.ts).");
  // Auth.js names the cookie by the protocol of its URL (APP_URL).
  const name = `${url.startsWith("https:") ? "__Secure-" : ""}authjs.session-token`;
  const sessionId = await startSession(db, user.id);
  const value = await encode({
    token: {
      name: `${user.firstName} ${user.lastName}`,
      email: user.email,
      sub: user.id,
      sessionId,
      authTime: Math.floor(Date.now() / 1000),
    },
    secret,
    salt: name,
    maxAge: seconds,
  });
  await page.context().addCookies([
    {
      name,
      value,
      url,
      httpOnly: true,
      sameSite: "Lax",
      secure: url.startsWith("https:"),
      expires: Math.floor(Date.now() / 1000) + seconds,
    },
  ]);
}
