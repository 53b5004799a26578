import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { DomainError } from "@/lib/errors";
import { issueOneTimeLink } from "./one-time-links";

export const createStaffAdminSchema = z.object({
  email: z.email("Enter a valid email address."),
  login: z
    .string()
    .regex(/^[A-Za-z0-9._-]{3,64}$/, "3–64 characters: letters, digits, dot, underscore, hyphen."),
  firstName: z.string().trim().min(1).default("CLICO"),
  lastName: z.string().trim().min(1).default("Administrator"),
});

export type CreateStaffAdminInput = z.input<typeof createStaffAdminSchema>;

const SET_PASSWORD_LINK_MINUTES = 24 * 60;

/**
 * Creates a staff admin without a password and returns a one-time link (valid 24 h) to set it.
 * Used from the CLI to bootstrap the first admin, so there is no acting user.
 */
export async function createStaffAdmin(db: Database, input: CreateStaffAdminInput) {
  const data = createStaffAdminSchema.parse(input);
  return db.transaction(async (tx) => {
    const taken = await tx
      .select({ id: users.id })
      .from(users)
      .where(
        sql`lower(${users.email}) = lower(${data.email}) or lower(${users.login}) = lower(${data.login})`,
      )
      .limit(1);
    if (taken.length)
      throw new DomainError("conflict", {
        message: "A user with this email or login already exists.",
      });
    const [admin] = await tx
      .insert(users)
      .values({ ...data, role: "admin", status: "password_reset_required", company: "CLICO" })
      .returning({ id: users.id });
    const link = await issueOneTimeLink(tx, admin!.id, "password_reset", SET_PASSWORD_LINK_MINUTES);
    await recordAuditEvent(tx, {
      action: "admin.create_from_cli",
      targetType: "user",
      targetId: admin!.id,
    });
    return { userId: admin!.id, link };
  });
}
