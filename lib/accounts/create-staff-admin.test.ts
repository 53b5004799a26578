import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents, oneTimeSecrets, users } from "@/db/schema";
import { sha256 } from "@/lib/crypto/secrets";
import { createStaffAdmin } from "./create-staff-admin";

describe("createStaffAdmin", () => {
  it("creates a password-less admin and a single working set-password link", async () => {
    const { userId, link } = await createStaffAdmin(db, {
      email: "Root@Example.com",
      login: "root",
    });
    const [user] = await db.select().from(users).where(eq(users.id, userId));
    expect(user).toMatchObject({
      role: "admin",
      status: "password_reset_required",
      passwordHash: null,
    });

    const token = link.split("/reset-password/")[1]!;
    expect(Buffer.from(token, "base64url").length).toBeGreaterThanOrEqual(16);
    const secrets = await db.select().from(oneTimeSecrets).where(eq(oneTimeSecrets.userId, userId));
    expect(secrets).toHaveLength(1);
    expect(secrets[0]!.secretHash).toBe(sha256(token));
    expect(secrets[0]!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 23 * 3_600_000);

    const audit = await db.select().from(auditEvents).where(eq(auditEvents.targetId, userId));
    expect(audit.map((event) => event.action)).toEqual(["admin.create_from_cli"]);
  });

  it("refuses a second user with the same email or login in another case", async () => {
    await createStaffAdmin(db, { email: "one@example.com", login: "first" });
    await expect(
      createStaffAdmin(db, { email: "ONE@example.com", login: "other" }),
    ).rejects.toThrow(/already exists/);
    await expect(
      createStaffAdmin(db, { email: "two@example.com", login: "FIRST" }),
    ).rejects.toThrow(/already exists/);
  });
});
