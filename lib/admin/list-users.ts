import { and, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { users, type UserRole, type UserStatus } from "@/db/schema";
import { readKeysetPage, type KeysetPage, type KeysetSort } from "@/lib/pagination/keyset";
import { containsPattern } from "@/lib/pagination/like";
import { cursorParam } from "@/lib/pagination/search-params";
import { plainText } from "@/lib/validation/plain-text";
import { assertAdminPermission, type AdminActor } from "./policy";
import { USER_ROLES, USER_STATUSES } from "@/lib/enums";

export type UserListItem = {
  id: string;
  login: string;
  email: string;
  firstName: string;
  lastName: string;
  company: string;
  role: UserRole;
  status: UserStatus;
  lastLoginAt: Date | null;
  createdAt: Date;
};

export type UserPage = KeysetPage<UserListItem>;

export const USERS_PAGE_SIZE = 25;

/** An account's columns as lists show it; the user page adds its details (getUser). */
export const userSummaryColumns = {
  id: users.id,
  login: users.login,
  email: users.email,
  firstName: users.firstName,
  lastName: users.lastName,
  company: users.company,
  role: users.role,
  status: users.status,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
};

/** The users list's query string (read with parseSearchParams). */
export const userSearchSchema = z.object({
  q: plainText().max(100).optional(),
  role: z.enum(USER_ROLES).optional(),
  status: z.enum(USER_STATUSES).optional(),
  after: cursorParam,
  before: cursorParam,
});
export type UserSearchInput = z.infer<typeof userSearchSchema>;

// lower(login) is unique and indexed (users_login_lower_key).
const BY_LOGIN: KeysetSort = {
  name: "login",
  key: sql`lower(${users.login})`,
  kind: "text",
  descending: false,
  id: users.id,
  idKind: "uuid",
};

/**
 * Every account, staff and customers, in login order (A→Z), optionally filtered by role and
 * status and searched by login, email, name or company, one keyset page at a time. Admins only.
 */
export async function listUsers(
  actor: AdminActor,
  options: Partial<UserSearchInput> & { limit?: number } = {},
): Promise<UserPage> {
  await assertAdminPermission(db, actor, "list_users");
  const limit = Math.min(Math.max(options.limit ?? USERS_PAGE_SIZE, 1), 100);
  const conditions: Array<SQL | undefined> = [];
  const q = options.q?.trim();
  if (q) {
    const pattern = containsPattern(q);
    conditions.push(
      or(
        ilike(users.login, pattern),
        ilike(users.email, pattern),
        ilike(users.company, pattern),
        ilike(sql`${users.firstName} || ' ' || ${users.lastName}`, pattern),
      ),
    );
  }
  if (options.role) conditions.push(eq(users.role, options.role));
  if (options.status) conditions.push(eq(users.status, options.status));

  return readKeysetPage(BY_LOGIN, { ...options, limit }, (keyset) =>
    db
      .select({ ...userSummaryColumns, keysetKey: keyset.keysetKey })
      .from(users)
      .where(and(...conditions, keyset.where))
      .orderBy(...keyset.orderBy)
      .limit(keyset.limit),
  );
}
