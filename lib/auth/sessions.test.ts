import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents, oneTimeSecrets } from "@/db/schema";
import { requestPasswordReset, resetPassword } from "@/lib/accounts/password-reset";
import { setUserDisabled } from "@/lib/admin/set-user-disabled";
import { codeIn, createUser, latestEmailTo, linkIn } from "@/test/factories";
import { loadActor, loadSignedIn } from "./actor";
import { resendLoginCode, startLogin, verifyLoginCode } from "./login";
import { recordSignOut } from "./sign-out";

// An address per call, as in login.test.ts: per-IP limits are tested on their own.
const ctx = () => ({ ip: `192.0.2.${Math.floor(Math.random() * 250)}`, userAgent: "vitest" });
type TestUser = Awaited<ReturnType<typeof createUser>>;

/** The first step of the real login: a challenge and the code emailed for it. */
async function requestCode(user: TestUser) {
  const { challengeId } = await startLogin({ login: user.login, password: user.password! }, ctx());
  return { challengeId, code: codeIn((await latestEmailTo(user.email))!.text) };
}

/** A full login, and the session Auth.js would then hand to loadActor on every request. */
async function logIn(user: TestUser) {
  const { challengeId, code } = await requestCode(user);
  const result = await verifyLoginCode(challengeId, code, ctx());
  if (!result.ok) throw new Error(`login failed: ${result.failure}`);
  return {
    user: { id: user.id },
    sessionId: result.sessionId,
    authTime: Math.floor(Date.now() / 1000),
  };
}

async function signOut(session: Awaited<ReturnType<typeof logIn>>, everywhere = false) {
  const signedIn = await loadSignedIn(session);
  if (!signedIn) throw new Error("not signed in");
  await recordSignOut(signedIn, { everywhere }, ctx());
}

async function resetPasswordOf(user: TestUser) {
  await requestPasswordReset(user.email, ctx());
  const link = linkIn((await latestEmailTo(user.email))!.text, "reset-password");
  await resetPassword(link.split("/").pop()!, "Saffron-Lighthouse-Orbit-27", ctx());
}

describe("server-side sessions", () => {
  it("gives each login its own random session id, accepted on every request", async () => {
    const user = await createUser();
    const first = await logIn(user);
    const second = await logIn(user);
    expect(first.sessionId).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits, base64url
    expect(second.sessionId).not.toBe(first.sessionId);
    expect(await loadActor(first)).toMatchObject({ id: user.id });
    expect(await loadActor(second)).toMatchObject({ id: user.id });
  });

  it("refuses a session id that is missing, unknown or another user's", async () => {
    const user = await createUser();
    const other = await logIn(await createUser());
    const session = await logIn(user);
    expect(await loadActor({ ...session, sessionId: undefined })).toBeNull();
    expect(await loadActor({ ...session, sessionId: "x".repeat(43) })).toBeNull();
    expect(await loadActor({ ...session, sessionId: other.sessionId })).toBeNull();
  });

  it("Sign out ends that session only, and is audited", async () => {
    const user = await createUser();
    const copied = await logIn(user);
    const otherDevice = await logIn(user);
    await signOut(copied);
    expect(await loadActor(copied)).toBeNull();
    expect(await loadActor(otherDevice)).toMatchObject({ id: user.id });
    const events = await db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, user.id), eq(auditEvents.action, "auth.sign_out")));
    expect(events).toHaveLength(1);
  });

  it("Sign out everywhere ends every session of the user and no one else's", async () => {
    const user = await createUser();
    const sessions = [await logIn(user), await logIn(user), await logIn(user)];
    const bystander = await logIn(await createUser());
    await signOut(sessions[0]!, true);
    for (const session of sessions) expect(await loadActor(session)).toBeNull();
    expect(await loadActor(bystander)).not.toBeNull();
  });

  it("a password reset ends every session; the next login gets a new one", async () => {
    const user = await createUser();
    const before = await logIn(user);
    await resetPasswordOf(user);
    expect(await loadActor(before)).toBeNull();
    const after = await logIn({ ...user, password: "Saffron-Lighthouse-Orbit-27" });
    expect(await loadActor(after)).not.toBeNull();
  });

  it("disabling ends every session, and enabling again does not revive them", async () => {
    const admin = await createUser({ role: "admin" });
    const user = await createUser();
    const session = await logIn(user);
    await setUserDisabled(admin, { userId: user.id, disabled: true }, ctx());
    await setUserDisabled(admin, { userId: user.id, disabled: false }, ctx());
    expect(await loadActor(session)).toBeNull();
  });
});

describe("ending all sessions consumes the open login codes", () => {
  const openCodes = (userId: string) =>
    db
      .select({ consumedAt: oneTimeSecrets.consumedAt })
      .from(oneTimeSecrets)
      .where(and(eq(oneTimeSecrets.userId, userId), eq(oneTimeSecrets.purpose, "login_code")));

  async function expectDead(user: TestUser, pending: { challengeId: string; code: string }) {
    expect(await verifyLoginCode(pending.challengeId, pending.code, ctx())).toEqual({
      ok: false,
      failure: "no_challenge",
    });
    await expect(resendLoginCode(pending.challengeId, ctx())).rejects.toMatchObject({
      reason: "no_challenge",
    });
    for (const row of await openCodes(user.id)) expect(row.consumedAt).not.toBeNull();
  }

  it("a code requested before a password reset does not log in after it", async () => {
    const user = await createUser();
    const pending = await requestCode(user);
    await resetPasswordOf(user);
    await expectDead(user, pending);
  });

  it("a code requested before the account was disabled does not work once it is enabled", async () => {
    const admin = await createUser({ role: "admin" });
    const user = await createUser();
    const pending = await requestCode(user);
    await setUserDisabled(admin, { userId: user.id, disabled: true }, ctx());
    await setUserDisabled(admin, { userId: user.id, disabled: false }, ctx());
    await expectDead(user, pending);
  });

  it("a code requested on another device dies with Sign out everywhere", async () => {
    const user = await createUser();
    const session = await logIn(user);
    const pending = await requestCode(user);
    await signOut(session, true);
    await expectDead(user, pending);
  });
});
