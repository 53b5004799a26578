import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { msg } from "@/lib/i18n/message";
import { db } from "@/db/client";
import { auditEvents, oneTimeSecrets, users } from "@/db/schema";
import { resetPassword } from "@/lib/accounts/password-reset";
import { loadActor } from "@/lib/auth/actor";
import { startLogin } from "@/lib/auth/login";
import { createSession, createUser, latestEmailTo, linkIn, uniqueSuffix } from "@/test/factories";
import { changeRole } from "./change-role";
import { forcePasswordReset } from "./force-password-reset";
import { inviteStaff } from "./invite-staff";
import { setUserDisabled } from "./set-user-disabled";

const ctx = { ip: "192.0.2.44", userAgent: "vitest" };
const NEW_PASSWORD = "Amber-Kestrel-Window-77";
const userRow = async (id: string) =>
  (await db.select().from(users).where(eq(users.id, id)).limit(1))[0]!;
const auditOf = (targetId: string) =>
  db.select().from(auditEvents).where(eq(auditEvents.targetId, targetId));
const tokenOf = (link: string) => link.split("/reset-password/")[1]!;

describe("inviteStaff", () => {
  it("gives the account the language chosen, and writes the invitation in it", async () => {
    const admin = await createUser({ role: "admin" });
    const s = uniqueSuffix();
    const email = `pl-${s}@clico.pl`;
    const { userId } = await inviteStaff(
      admin,
      {
        email,
        login: `pl-${s}`,
        firstName: "Ewa",
        lastName: "Nowak",
        role: "support_engineer",
        locale: "pl",
      },
      ctx,
    );
    expect(await userRow(userId)).toMatchObject({ locale: "pl" });
    const invitation = (await latestEmailTo(email))!;
    expect(invitation).toMatchObject({ locale: "pl" });
    expect(invitation.subject).toMatch(/zaproszenie|zaprasza/i);
    expect(invitation.text).toContain("Inżynier wsparcia");
  });

  it("creates the account with the role and no password, and emails a 72 h link that activates it", async () => {
    const admin = await createUser({ role: "admin" });
    const s = uniqueSuffix();
    const { userId } = await inviteStaff(
      admin,
      {
        email: `Eng-${s}@CLICO.pl`,
        login: `eng-${s}`,
        firstName: "Ewa",
        lastName: "Nowak",
        role: "orders_team",
      },
      ctx,
    );
    expect(await userRow(userId)).toMatchObject({
      role: "orders_team",
      status: "password_reset_required",
      passwordHash: null,
      company: "CLICO",
    });
    const email = (await latestEmailTo(`Eng-${s}@CLICO.pl`))!;
    expect(email.subject).toMatch(/invited/i);
    expect(email.text).toContain(`eng-${s}`);
    const link = linkIn(email.text, "reset-password");
    const [secret] = await db
      .select()
      .from(oneTimeSecrets)
      .where(eq(oneTimeSecrets.userId, userId));
    expect(secret!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 71 * 3_600_000);
    expect(secret!.expiresAt.getTime()).toBeLessThan(Date.now() + 73 * 3_600_000);

    await resetPassword(tokenOf(link), NEW_PASSWORD, ctx);
    expect(await userRow(userId)).toMatchObject({ status: "active" });
    const events = await auditOf(userId);
    expect(events.find((e) => e.action === "user.invite")).toMatchObject({
      actorId: admin.id,
      outcome: "success",
      ip: ctx.ip,
      details: { role: "orders_team", login: `eng-${s}` },
    });
  });

  it("names every taken field, whatever the letter case", async () => {
    const admin = await createUser({ role: "admin" });
    const existing = await createUser();
    await expect(
      inviteStaff(admin, {
        email: existing.email.toUpperCase(),
        login: existing.login.toUpperCase(),
        firstName: "A",
        lastName: "B",
        role: "admin",
      }),
    ).rejects.toMatchObject({
      code: "conflict",
      fieldErrors: {
        email: [msg("admin.errors.emailTaken")],
        login: [msg("admin.errors.loginTaken")],
      },
    });
  });

  it("refuses the customer role", async () => {
    const admin = await createUser({ role: "admin" });
    const s = uniqueSuffix();
    await expect(
      inviteStaff(admin, {
        email: `c-${s}@example.com`,
        login: `c-${s}`,
        firstName: "A",
        lastName: "B",
        role: "customer" as "admin",
      }),
    ).rejects.toThrow();
  });
});

describe("setUserDisabled", () => {
  it("disables a customer: its open session stops working at once; enabling lets it log in again", async () => {
    const admin = await createUser({ role: "admin" });
    const customer = await createUser();
    const session = await createSession(customer);
    expect(await loadActor(session)).not.toBeNull();

    await expect(
      setUserDisabled(admin, { userId: customer.id, disabled: true }, ctx),
    ).resolves.toEqual({ status: "disabled" });
    const disabled = await userRow(customer.id);
    expect(disabled.status).toBe("disabled");
    expect(await loadActor(session)).toBeNull();
    // Even a session started after the disable is refused while disabled.
    expect(await loadActor(await createSession(customer))).toBeNull();

    await expect(
      setUserDisabled(admin, { userId: customer.id, disabled: false }, ctx),
    ).resolves.toEqual({ status: "active" });
    await expect(
      startLogin({ login: customer.login, password: customer.password! }, ctx),
    ).resolves.toHaveProperty("challengeId");

    const actions = (await auditOf(customer.id)).map((e) => [e.action, e.actorId, e.details]);
    expect(actions).toEqual(
      expect.arrayContaining([
        ["user.disable", admin.id, { login: customer.login, from: "active", to: "disabled" }],
        ["user.enable", admin.id, { login: customer.login, from: "disabled", to: "active" }],
      ]),
    );
  });

  it("enabling gives back the step the account still lacks", async () => {
    const admin = await createUser({ role: "admin" });
    const migrated = await createUser({ status: "disabled", password: null });
    const unconfirmed = await createUser({ status: "disabled", emailConfirmedAt: null });
    await expect(setUserDisabled(admin, { userId: migrated.id, disabled: false })).resolves.toEqual(
      { status: "password_reset_required" },
    );
    await expect(
      setUserDisabled(admin, { userId: unconfirmed.id, disabled: false }),
    ).resolves.toEqual({ status: "pending_confirmation" });
  });

  it("an admin can't disable their own account", async () => {
    const admin = await createUser({ role: "admin" });
    await expect(
      setUserDisabled(admin, { userId: admin.id, disabled: true }),
    ).rejects.toMatchObject({ code: "invalid", message: msg("admin.errors.disableSelf") });
    expect((await userRow(admin.id)).status).toBe("active");
  });

  it("two admins disabling each other at once: the second finds itself disabled", async () => {
    const a = await createUser({ role: "admin" });
    const b = await createUser({ role: "admin" });
    const results = await Promise.allSettled([
      setUserDisabled(a, { userId: b.id, disabled: true }),
      setUserDisabled(b, { userId: a.id, disabled: true }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({
      reason: { code: "forbidden" },
    });
    const statuses = [(await userRow(a.id)).status, (await userRow(b.id)).status].sort();
    expect(statuses).toEqual(["active", "disabled"]);
  });

  it("an unknown user is not found", async () => {
    const admin = await createUser({ role: "admin" });
    await expect(
      setUserDisabled(admin, { userId: "00000000-0000-4000-8000-000000000000", disabled: true }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("forcePasswordReset", () => {
  it("drops the password, ends the sessions and emails a link that sets a new one", async () => {
    const admin = await createUser({ role: "admin" });
    const engineer = await createUser({ role: "support_engineer" });
    const session = await createSession(engineer);
    await forcePasswordReset(admin, engineer.id, ctx);

    const row = await userRow(engineer.id);
    expect(row).toMatchObject({ status: "password_reset_required", passwordHash: null });
    expect(await loadActor(session)).toBeNull();
    await expect(
      startLogin({ login: engineer.login, password: engineer.password! }, ctx),
    ).rejects.toMatchObject({ reason: "wrong_credentials" });
    // The answer is a wrong password's (no enumeration); the audit log tells the reason.
    const refused = (await auditOf(engineer.id)).find((e) => e.action === "auth.login");
    expect(refused).toMatchObject({
      outcome: "failure",
      details: { reason: "password_reset_required" },
    });

    const email = (await latestEmailTo(engineer.email))!;
    expect(email.subject).toMatch(/new password/i);
    await resetPassword(tokenOf(linkIn(email.text, "reset-password")), NEW_PASSWORD, ctx);
    expect((await userRow(engineer.id)).status).toBe("active");
    expect((await auditOf(engineer.id)).map((e) => e.action)).toContain(
      "user.force_password_reset",
    );
  });

  it("writes the email in the language on the account", async () => {
    const admin = await createUser({ role: "admin" });
    const user = await createUser({ role: "support_engineer", locale: "pl" });
    await forcePasswordReset(admin, user.id);
    const email = (await latestEmailTo(user.email))!;
    expect(email).toMatchObject({
      locale: "pl",
      subject: "Ustaw nowe hasło — CLICO Support System",
    });
    expect(email.text).toContain("Link jest ważny przez 24 godziny");
  });

  it("is refused for a disabled account, which would never get to use the link", async () => {
    const admin = await createUser({ role: "admin" });
    const user = await createUser({ status: "disabled" });
    await expect(forcePasswordReset(admin, user.id)).rejects.toMatchObject({
      code: "invalid",
      reason: "disabled",
    });
  });
});

describe("changeRole", () => {
  it("moves a staff member to another role and records from → to", async () => {
    const admin = await createUser({ role: "admin" });
    const engineer = await createUser({ role: "support_engineer" });
    const session = await createSession(engineer);
    await expect(changeRole(admin, { userId: engineer.id, role: "admin" }, ctx)).resolves.toEqual({
      role: "admin",
    });
    expect((await userRow(engineer.id)).role).toBe("admin");
    // The new role applies on the next request, without signing the user out.
    expect(await loadActor(session)).toMatchObject({ role: "admin" });
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.targetId, engineer.id), eq(auditEvents.action, "user.change_role")),
      );
    expect(event!.details).toMatchObject({ from: "support_engineer", to: "admin" });
  });

  it("an admin can't demote themselves, and customers don't become staff", async () => {
    const admin = await createUser({ role: "admin" });
    await expect(
      changeRole(admin, { userId: admin.id, role: "support_engineer" }),
    ).rejects.toMatchObject({ code: "invalid", reason: "self" });
    expect((await userRow(admin.id)).role).toBe("admin");
    const customer = await createUser();
    await expect(
      changeRole(admin, { userId: customer.id, role: "orders_team" }),
    ).rejects.toMatchObject({ code: "invalid", field: "role" });
  });
});
