import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { requestPasswordReset, resetPassword } from "@/lib/accounts/password-reset";
import { createUser, latestEmailTo, linkIn } from "@/test/factories";
import { loadActor } from "./actor";
import { endAllSessions } from "./sessions";
import { SESSION_ABSOLUTE_SECONDS } from "./session-policy";

const now = () => Math.floor(Date.now() / 1000);
const sessionOf = (user: { id: string; sessionVersion: number }, authTime = now()) => ({
  user: { id: user.id },
  sessionVersion: user.sessionVersion,
  authTime,
});
const ctx = { ip: "192.0.2.10", userAgent: "vitest" };

describe("session checks on every request", () => {
  it("accepts a current session and returns the actor without secrets", async () => {
    const user = await createUser();
    const actor = await loadActor(sessionOf(user));
    expect(actor).toEqual({
      id: user.id,
      role: "customer",
      login: user.login,
      email: user.email,
      firstName: user.firstName,
      lastName: user.lastName,
      company: user.company,
    });
  });

  it("rejects no session, a malformed one and one past its absolute lifetime", async () => {
    const user = await createUser();
    expect(await loadActor(null)).toBeNull();
    expect(await loadActor({ user: { id: 42 }, sessionVersion: 1, authTime: now() })).toBeNull();
    expect(await loadActor(sessionOf(user, now() - SESSION_ABSOLUTE_SECONDS - 5))).toBeNull();
    expect(await loadActor({ ...sessionOf(user), authTime: undefined })).toBeNull();
  });

  it("ends every session on 'sign out everywhere', disabling and a password reset", async () => {
    const user = await createUser();
    const session = sessionOf(user);
    await endAllSessions(db, user.id);
    expect(await loadActor(session)).toBeNull();

    const second = await createUser();
    await db.update(users).set({ status: "disabled" }).where(eq(users.id, second.id));
    expect(await loadActor(sessionOf(second))).toBeNull();

    const third = await createUser();
    const before = sessionOf(third);
    await requestPasswordReset(third.email, ctx);
    const token = linkIn((await latestEmailTo(third.email))!.text, "reset-password")
      .split("/")
      .pop()!;
    await resetPassword(token, "Saffron-Lighthouse-Orbit-27", ctx);
    expect(await loadActor(before)).toBeNull();
    const [fresh] = await db.select().from(users).where(eq(users.id, third.id));
    expect(await loadActor(sessionOf(fresh!))).not.toBeNull();
  });
});
