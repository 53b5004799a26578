import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { requestPasswordReset, resetPassword } from "@/lib/accounts/password-reset";
import { createSession, createUser, latestEmailTo, linkIn } from "@/test/factories";
import { loadActor } from "./actor";
import { endAllSessions } from "./sessions";
import { SESSION_ABSOLUTE_SECONDS } from "./session-policy";

const now = () => Math.floor(Date.now() / 1000);
const ctx = { ip: "192.0.2.10", userAgent: "vitest" };

describe("session checks on every request", () => {
  it("accepts a current session and returns the actor without secrets", async () => {
    const user = await createUser();
    const actor = await loadActor(await createSession(user));
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
    const session = await createSession(user);
    expect(await loadActor({ ...session, user: { id: 42 } })).toBeNull();
    expect(
      await loadActor({ ...session, authTime: now() - SESSION_ABSOLUTE_SECONDS - 5 }),
    ).toBeNull();
    expect(await loadActor({ ...session, authTime: undefined })).toBeNull();
  });

  it("ends every session on 'sign out everywhere', disabling and a password reset", async () => {
    const user = await createUser();
    const session = await createSession(user);
    await endAllSessions(db, user.id, "sign_out_everywhere");
    expect(await loadActor(session)).toBeNull();

    const second = await createUser();
    const secondSession = await createSession(second);
    await db.update(users).set({ status: "disabled" }).where(eq(users.id, second.id));
    expect(await loadActor(secondSession)).toBeNull();

    const third = await createUser();
    const before = await createSession(third);
    await requestPasswordReset(third.email, ctx);
    const token = linkIn((await latestEmailTo(third.email))!.text, "reset-password")
      .split("/")
      .pop()!;
    await resetPassword(token, "Saffron-Lighthouse-Orbit-27", ctx);
    expect(await loadActor(before)).toBeNull();
    expect(await loadActor(await createSession(third))).not.toBeNull();
  });
});
