import { eq } from "drizzle-orm";
import { inEnglish } from "@/lib/testing/message-text";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { oneTimeSecrets, users } from "@/db/schema";
import { loadActor } from "@/lib/auth/actor";
import { createSession, createUser, latestEmailTo, linkIn, uniqueSuffix } from "@/test/factories";
import { checkResetLink, requestPasswordReset, resetPassword } from "./password-reset";

const ctx = { ip: "192.0.2.77", userAgent: "vitest" };
const tokenOf = async (email: string) =>
  linkIn((await latestEmailTo(email))!.text, "reset-password")
    .split("/")
    .pop()!;
const NEW_PASSWORD = "Amber-Window-Falcon-88";

describe("forgot my password", () => {
  it("answers alike for known and unknown addresses and mails only the known one", async () => {
    const user = await createUser();
    const unknownEmail = `nobody-${uniqueSuffix()}@example.com`;
    await expect(requestPasswordReset(user.email, ctx)).resolves.toBeUndefined();
    await expect(requestPasswordReset(unknownEmail, ctx)).resolves.toBeUndefined();
    expect(await latestEmailTo(user.email)).toBeDefined();
    expect(await latestEmailTo(unknownEmail)).toBeUndefined();
  });

  it("sets the new password once, ends every session, and a newer link invalidates older ones", async () => {
    const user = await createUser();
    const session = await createSession(user);
    await requestPasswordReset(user.email, ctx);
    const older = await tokenOf(user.email);
    await requestPasswordReset(user.email.toUpperCase(), ctx);
    const newer = await tokenOf(user.email);
    expect(newer).not.toBe(older);
    expect(await checkResetLink(older, ctx)).toBe("used");

    await resetPassword(newer, NEW_PASSWORD, ctx);
    expect(await loadActor(session)).toBeNull();
    // The owner is told, in case it was not them (ASVS V2.2.3, V2.5.5).
    const notice = (await latestEmailTo(user.email))!;
    expect(notice.subject).toMatch(/Your password was changed/);
    expect(notice.text).toMatch(/If you did not change it, use “Forgot my password”/);
    expect(notice.text).not.toContain(NEW_PASSWORD);
    await expect(resetPassword(newer, "Another-Quiet-River-19", ctx)).rejects.toMatchObject({
      reason: "used",
    });
  });

  it("refuses an expired link and a weak or personal password", async () => {
    const user = await createUser();
    await requestPasswordReset(user.email, ctx);
    const token = await tokenOf(user.email);
    await expect(resetPassword(token, "password1234", ctx)).rejects.toMatchObject({
      field: "password",
    });
    const personal = await resetPassword(token, `${user.login}-Xq9!z`, ctx).catch((e) => e);
    expect(personal).toMatchObject({ field: "password" });
    expect(inEnglish(personal.message)).toMatch(/login or email/);
    await db
      .update(oneTimeSecrets)
      .set({ expiresAt: new Date(Date.now() - 1) })
      .where(eq(oneTimeSecrets.userId, user.id));
    await expect(resetPassword(token, NEW_PASSWORD, ctx)).rejects.toMatchObject({
      reason: "expired",
    });
  });

  it("activates and confirms a migrated TAC account", async () => {
    const migrated = await createUser({
      status: "password_reset_required",
      password: null,
      emailConfirmedAt: null,
    });
    await requestPasswordReset(migrated.email, ctx);
    await resetPassword(await tokenOf(migrated.email), NEW_PASSWORD, ctx);
    const [after] = await db.select().from(users).where(eq(users.id, migrated.id));
    expect(after).toMatchObject({ status: "active" });
    expect(after!.emailConfirmedAt).toBeInstanceOf(Date);
    expect(after!.passwordHash).toMatch(/^\$argon2id/);
  });
});
