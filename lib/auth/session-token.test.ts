import { decode, encode } from "next-auth/jwt";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  SESSION_ABSOLUTE_SECONDS,
  SESSION_IDLE_SECONDS,
  SESSION_REISSUE_SECONDS,
} from "./session-policy";
import {
  checkSessionCookie,
  readSessionCookie,
  sessionFromHeader,
  sessionHeaderValue,
} from "./session-token";

const name = "authjs.session-token";
const secret = "session-token-test-secret-0123456789abcdef";
const start = new Date("2026-03-02T10:00:00Z").getTime();

/** A session cookie as Auth.js issues it at login, at the fake clock's time. */
async function issue(claims: Record<string, unknown> = {}) {
  const value = await encode({
    token: {
      name: "Anna Nowak",
      email: "anna@example.com",
      sub: crypto.randomUUID(),
      sessionId: crypto.randomUUID(),
      authTime: Math.floor(Date.now() / 1000),
      ...claims,
    },
    secret,
    salt: name,
    maxAge: SESSION_IDLE_SECONDS,
  });
  return { name, value, chunks: [] };
}

const at = (seconds: number) => start + seconds * 1000;

beforeEach(() => {
  vi.stubEnv("AUTH_SECRET", secret);
  vi.useFakeTimers({ toFake: ["Date"], now: start });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe("the session cookie", () => {
  it("is accepted and not re-issued within a minute of being issued", async () => {
    const cookie = await issue();
    for (const seconds of [0, 1, SESSION_REISSUE_SECONDS - 1]) {
      vi.setSystemTime(at(seconds));
      const check = await checkSessionCookie(cookie, { reissue: true });
      expect(check).toMatchObject({ valid: true, reissue: null });
      // the cookie's own expiry: the session ends then unless a request extends it
      if (check.valid) expect(check.claims.expiresAt).toBe(start / 1000 + SESSION_IDLE_SECONDS);
    }
  });

  it('is re-issued at once when asked to ("Stay signed in"), however fresh', async () => {
    const cookie = await issue();
    vi.setSystemTime(at(5));
    const check = await checkSessionCookie(cookie, { reissue: "now" });
    if (!check.valid || !check.reissue) throw new Error("expected a re-issued cookie");
    const expiresAt = start / 1000 + 5 + SESSION_IDLE_SECONDS;
    expect(check.claims.expiresAt).toBe(expiresAt);
    expect(check.reissue.expires.getTime()).toBe(expiresAt * 1000);
  });

  it("is re-issued after a minute, with the same claims and a new idle expiry", async () => {
    const cookie = await issue();
    vi.setSystemTime(at(SESSION_REISSUE_SECONDS));
    const check = await checkSessionCookie(cookie, { reissue: true });
    if (!check.valid || !check.reissue) throw new Error("expected a re-issued cookie");
    const expiresAt = start / 1000 + SESSION_REISSUE_SECONDS + SESSION_IDLE_SECONDS;
    expect(check.reissue.expires.getTime()).toBe(expiresAt * 1000);
    expect(check.claims.expiresAt).toBe(expiresAt);
    const before = await decode({ token: cookie.value, secret, salt: name });
    const after = await decode({ token: check.reissue.value, secret, salt: name });
    expect(after).toMatchObject({
      sub: before!.sub,
      sessionId: before!.sessionId,
      authTime: before!.authTime,
      name: "Anna Nowak",
      email: "anna@example.com",
      exp: expiresAt,
    });
    // Asked not to re-issue (the render, which cannot set cookies), it only checks.
    expect(await checkSessionCookie(cookie, { reissue: false })).toMatchObject({
      valid: true,
      reissue: null,
    });
  });

  it("kept alive by requests, still ends after the idle timeout without them", async () => {
    let cookie = await issue();
    // A request every 50 s for an hour: the session lives on, re-issued about once a minute.
    let reissued = 0;
    for (let seconds = 50; seconds <= 3600; seconds += 50) {
      vi.setSystemTime(at(seconds));
      const check = await checkSessionCookie(cookie, { reissue: true });
      if (!check.valid) throw new Error(`ended at ${seconds} s`);
      if (check.reissue) {
        reissued++;
        cookie = { name, value: check.reissue.value, chunks: [] };
      }
    }
    expect(reissued).toBe(36);
    // Then idle: valid until the last issue's expiry, not a second longer.
    const last = await decode({ token: cookie.value, secret, salt: name });
    vi.setSystemTime(last!.exp! * 1000 - 1000);
    expect((await checkSessionCookie(cookie, { reissue: false })).valid).toBe(true);
    vi.setSystemTime(last!.exp! * 1000);
    expect((await checkSessionCookie(cookie, { reissue: true })).valid).toBe(false);
    // The last request was at most a minute before the last issue: never idle longer than 30 min.
    expect(last!.exp! - SESSION_IDLE_SECONDS).toBeLessThanOrEqual(start / 1000 + 3600);
  });

  it("ends at the absolute lifetime, however recently it was re-issued", async () => {
    const cookie = await issue({
      authTime: Math.floor(start / 1000) - SESSION_ABSOLUTE_SECONDS + 30,
    });
    expect((await checkSessionCookie(cookie, { reissue: true })).valid).toBe(true);
    vi.setSystemTime(at(31));
    expect((await checkSessionCookie(cookie, { reissue: true })).valid).toBe(false);
  });

  it("rejects a token of another secret or salt, a garbled one and one without the claims", async () => {
    const cookie = await issue();
    const other = await encode({
      token: { sub: "x", sessionId: "y", authTime: Math.floor(start / 1000) },
      secret: "another-secret-another-secret-0123456789",
      salt: name,
    });
    for (const bad of [
      { name, value: other, chunks: [] },
      { name: `__Secure-${name}`, value: cookie.value, chunks: [] },
      { name, value: `${cookie.value.slice(0, -4)}AAAA`, chunks: [] },
      { name, value: "not-a-token", chunks: [] },
      await issue({ sessionId: undefined }),
      await issue({ authTime: "yesterday" }),
    ]) {
      expect(await checkSessionCookie(bad, { reissue: true })).toEqual({ valid: false });
    }
  });

  it("accepts a secret being rotated out (AUTH_SECRET_1 new, AUTH_SECRET old) and re-issues with the new", async () => {
    const cookie = await issue();
    vi.stubEnv("AUTH_SECRET_1", "the-new-secret-the-new-secret-0123456789");
    vi.setSystemTime(at(SESSION_REISSUE_SECONDS));
    const check = await checkSessionCookie(cookie, { reissue: true });
    if (!check.valid || !check.reissue) throw new Error("expected a re-issued cookie");
    const fresh = await decode({
      token: check.reissue.value,
      secret: "the-new-secret-the-new-secret-0123456789",
      salt: name,
    });
    expect(fresh?.sub).toBeTypeOf("string");
  });

  it("is read whole or from Auth.js's chunks", () => {
    const jar = (entries: Record<string, string>) => ({
      get: (key: string) => (key in entries ? { value: entries[key]! } : undefined),
    });
    expect(readSessionCookie(jar({}))).toBeNull();
    expect(readSessionCookie(jar({ [name]: "abc" }))).toEqual({ name, value: "abc", chunks: [] });
    expect(
      readSessionCookie(jar({ [`__Secure-${name}.0`]: "ab", [`__Secure-${name}.1`]: "c" })),
    ).toEqual({
      name: `__Secure-${name}`,
      value: "abc",
      chunks: [`__Secure-${name}.0`, `__Secure-${name}.1`],
    });
  });
});

describe("the proxy's session header", () => {
  it("carries the claims, or no session, only with this process's proof", () => {
    const claims = { sub: "u", sessionId: "s", authTime: 1, expiresAt: 1801 };
    expect(sessionFromHeader(sessionHeaderValue(claims))).toEqual({ claims });
    expect(sessionFromHeader(sessionHeaderValue(null))).toEqual({ claims: null });
    const forged = `${crypto.randomUUID()} ${JSON.stringify(["u", "s", 1])}`;
    expect(sessionFromHeader(forged)).toBeUndefined();
    expect(sessionFromHeader(JSON.stringify(["u", "s", 1]))).toBeUndefined();
    expect(sessionFromHeader(null)).toBeUndefined();
    const proof = sessionHeaderValue(null).split(" ")[0];
    expect(sessionFromHeader(`${proof} {"sub":"u"}`)).toBeUndefined();
    expect(sessionFromHeader(`${proof} ["u","s","1",1801]`)).toBeUndefined();
    expect(sessionFromHeader(`${proof} ["u","s",1]`)).toBeUndefined();
  });
});
