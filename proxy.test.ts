import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SESSION_IDLE_SECONDS, SESSION_REISSUE_SECONDS } from "@/lib/auth/session-policy";
import { SESSION_HEADER, sessionFromHeader } from "@/lib/auth/session-token";
import { REQUEST_PATH_HEADER } from "@/lib/http/return-path";
import { proxy } from "./proxy";

const name = "authjs.session-token";
const secret = "proxy-test-secret-0123456789abcdef0123";
const start = new Date("2026-03-02T10:00:00Z").getTime();

const sessionCookie = () =>
  encode({
    token: { sub: "user-1", sessionId: crypto.randomUUID(), authTime: Math.floor(start / 1000) },
    secret,
    salt: name,
    maxAge: SESSION_IDLE_SECONDS,
  });

const get = (
  cookie?: string,
  headers: Record<string, string> = {},
  path = "/dashboard",
  method = "GET",
) =>
  proxy(
    new NextRequest(`http://localhost:3000${path}`, {
      method,
      headers: { ...headers, ...(cookie ? { cookie: `${name}=${cookie}` } : {}) },
    }),
  );

/** The request header the proxy hands the render (Next passes overrides this way). */
const sessionHeaderOf = (response: Response) =>
  response.headers.get(`x-middleware-request-${SESSION_HEADER}`);

beforeEach(() => {
  vi.stubEnv("AUTH_SECRET", secret);
  vi.useFakeTimers({ toFake: ["Date"], now: start });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe("proxy", () => {
  it("hands the render the path asked for, without the router's cache key, never the client's", async () => {
    const response = await proxy(
      new NextRequest("http://localhost:3000/tickets/7?tab=files&_rsc=1x2y", {
        headers: { [REQUEST_PATH_HEADER]: "//evil.example" },
      }),
    );
    expect(response.headers.get(`x-middleware-request-${REQUEST_PATH_HEADER}`)).toBe(
      "/tickets/7?tab=files",
    );
  });

  it("sets a CSP nonce and does no session work without a session cookie", async () => {
    const response = await get(undefined, { [SESSION_HEADER]: 'forged ["user-1","s",1]' });
    expect(response.headers.get("content-security-policy")).toMatch(/'nonce-[^']+'/);
    expect(response.headers.getSetCookie()).toEqual([]);
    // A session header sent by the client is dropped.
    expect(sessionHeaderOf(response)).toBeNull();
  });

  it("hands the session to the render without re-issuing it within a minute", async () => {
    const cookie = await sessionCookie();
    vi.setSystemTime(start + (SESSION_REISSUE_SECONDS - 1) * 1000);
    const response = await get(cookie);
    expect(response.headers.getSetCookie()).toEqual([]);
    expect(sessionFromHeader(sessionHeaderOf(response))).toMatchObject({
      claims: { sub: "user-1", authTime: Math.floor(start / 1000) },
    });
  });

  it("re-issues the cookie after a minute, with the idle timeout from now", async () => {
    const cookie = await sessionCookie();
    vi.setSystemTime(start + SESSION_REISSUE_SECONDS * 1000);
    const [setCookie, ...rest] = (await get(cookie)).headers.getSetCookie();
    expect(rest).toEqual([]);
    expect(setCookie).toMatch(new RegExp(`^${name}=[^;]+; Path=/; Expires=`));
    const expires = new Date(setCookie!.match(/Expires=([^;]+)/)![1]!).getTime();
    expect(expires).toBe(start + (SESSION_REISSUE_SECONDS + SESSION_IDLE_SECONDS) * 1000);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=lax/i);
    expect(setCookie).not.toContain(cookie);
  });

  it.each([
    ["the bell's unread count", "/api/notifications/unread"],
    ["the queue's new tickets", "/api/staff/queue/new"],
    ["the staff ticket page's presence", `/api/staff/tickets/${crypto.randomUUID()}/presence`],
    ["the session's time left", "/api/session"],
  ])("does not count a page's background polling (%s) as activity", async (_what, path) => {
    const cookie = await sessionCookie();
    vi.setSystemTime(start + SESSION_REISSUE_SECONDS * 1000);
    const response = await get(cookie, {}, path);
    expect(response.headers.getSetCookie()).toEqual([]);
    expect(sessionFromHeader(sessionHeaderOf(response))).toMatchObject({
      claims: { sub: "user-1", expiresAt: Math.floor(start / 1000) + SESSION_IDLE_SECONDS },
    });
  });

  it("extends the session at once on Stay signed in, however recently it was", async () => {
    const cookie = await sessionCookie();
    // within the minute in which a page's requests do not re-issue it
    vi.setSystemTime(start + 5_000);
    const extended = await get(cookie, {}, "/api/session", "POST");
    const [setCookie] = extended.headers.getSetCookie();
    const expires = new Date(setCookie!.match(/Expires=([^;]+)/)![1]!).getTime();
    expect(expires).toBe(start + 5_000 + SESSION_IDLE_SECONDS * 1000);
    // the render learns the new end, to tell the page
    expect(sessionFromHeader(sessionHeaderOf(extended))).toMatchObject({
      claims: { expiresAt: expires / 1000 },
    });
  });

  it("clears an expired or foreign cookie and hands the render no session", async () => {
    const cookie = await sessionCookie();
    vi.setSystemTime(start + SESSION_IDLE_SECONDS * 1000);
    for (const value of [cookie, "garbage"]) {
      const response = await get(value);
      expect(response.headers.getSetCookie()).toEqual([
        expect.stringMatching(new RegExp(`^${name}=; Path=/; Expires=Thu, 01 Jan 1970`)),
      ]);
      expect(sessionFromHeader(sessionHeaderOf(response))).toEqual({ claims: null });
    }
  });
});
