import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import { assertAdminPermission, type AdminActor } from "./policy";
import { userSummaryColumns } from "./list-users";
import { userIdSchema } from "./schemas";

/** One account as the admin's user page shows it (no secrets). Admins only; `not_found` else. */
export async function getUser(actor: AdminActor, userId: string) {
  await assertAdminPermission(db, actor, "list_users");
  const parsed = userIdSchema.safeParse(userId);
  const [user] = parsed.success
    ? await db
        .select({
          ...userSummaryColumns,
          phone: users.phone,
          jobTitle: users.jobTitle,
          legacyTacId: users.legacyTacId,
          emailConfirmedAt: users.emailConfirmedAt,
          updatedAt: users.updatedAt,
        })
        .from(users)
        .where(eq(users.id, parsed.data))
        .limit(1)
    : [];
  if (!user) throw new DomainError("not_found", { message: msg("admin.errors.userNotFound") });
  return user;
}

export type AdminUserView = Awaited<ReturnType<typeof getUser>>;
