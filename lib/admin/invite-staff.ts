import { eq, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { issueOneTimeLink } from "@/lib/accounts/one-time-links";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { DomainError, violatedUniqueIndex } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import type { RequestContext } from "@/lib/http/request-context";
import { INVITE_LINK_HOURS, sendStaffInviteEmail } from "./admin-emails";
import { assertAdminPermission, auditDenied, type AdminActor } from "./policy";
import { inviteStaffSchema, type InviteStaffInput } from "./schemas";
import { personName } from "@/lib/format";

const EMAIL_TAKEN = msg("admin.errors.emailTaken");
const LOGIN_TAKEN = msg("admin.errors.loginTaken");

/**
 * Creates a staff account with the chosen role and no password (status
 * `password_reset_required`) and emails a one-time link, valid 72 h, to set one: the reset page
 * activates the account. Admins only.
 */
export async function inviteStaff(
  actor: AdminActor,
  input: InviteStaffInput,
  context: Partial<RequestContext> = {},
): Promise<{ userId: string }> {
  const data = inviteStaffSchema.parse(input);
  return auditDenied(actor, "user.invite", { targetType: "user" }, context, async () => {
    try {
      return await db.transaction(async (tx) => {
        await assertAdminPermission(tx, actor, "invite_staff");
        const taken = await tx
          .select({ email: users.email, login: users.login })
          .from(users)
          .where(
            or(
              eq(sql`lower(${users.email})`, data.email.toLowerCase()),
              eq(sql`lower(${users.login})`, data.login.toLowerCase()),
            ),
          );
        const fieldErrors: Record<string, string[]> = {};
        if (taken.some((u) => u.email.toLowerCase() === data.email.toLowerCase()))
          fieldErrors.email = [EMAIL_TAKEN];
        if (taken.some((u) => u.login.toLowerCase() === data.login.toLowerCase()))
          fieldErrors.login = [LOGIN_TAKEN];
        if (Object.keys(fieldErrors).length)
          throw new DomainError("conflict", {
            message: msg("validation.correctHighlighted"),
            fieldErrors,
          });

        const [inviter] = await tx
          .select({ firstName: users.firstName, lastName: users.lastName })
          .from(users)
          .where(eq(users.id, actor.id));
        const [user] = await tx
          .insert(users)
          .values({
            email: data.email,
            login: data.login,
            firstName: data.firstName,
            lastName: data.lastName,
            role: data.role,
            locale: data.locale,
            status: "password_reset_required",
            company: "CLICO",
          })
          .returning({ id: users.id });
        const link = await issueOneTimeLink(tx, user!.id, "password_reset", INVITE_LINK_HOURS * 60);
        await sendStaffInviteEmail(tx, data, {
          link,
          role: data.role,
          invitedBy: inviter ? personName(inviter) : undefined,
        });
        await recordAuditEvent(tx, {
          actorId: actor.id,
          action: "user.invite",
          targetType: "user",
          targetId: user!.id,
          ip: context.ip,
          userAgent: context.userAgent,
          details: { email: data.email, login: data.login, role: data.role },
        });
        return { userId: user!.id };
      });
    } catch (error) {
      // Two admins inviting the same address at once: the loser gets the field error too.
      const index = violatedUniqueIndex(error);
      if (index === "users_email_lower_key")
        throw new DomainError("conflict", { field: "email", message: EMAIL_TAKEN });
      if (index === "users_login_lower_key")
        throw new DomainError("conflict", { field: "login", message: LOGIN_TAKEN });
      throw error;
    }
  });
}
