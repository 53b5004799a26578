import { and, asc, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { users, type UserRole, type UserStatus } from "@/db/schema";
import { assertAdminPermission, type AdminActor } from "./policy";
import type { UserSearchInput } from "./schemas";

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

export type UserPage = {
  items: UserListItem[];
  /** Pass as `after` for the next page; null on the last page. */
  nextCursor: string | null;
  /** Pass as `before` for the previous page; null on the first page. */
  prevCursor: string | null;
};

export const USERS_PAGE_SIZE = 25;

const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Every account, staff and customers, in login order (A→Z), optionally filtered by role and
 * status and searched by login, email, name or company. Keyset pagination on lower(login) —
 * unique and indexed (users_login_lower_key) — with a user id as the cursor. Admins only.
 */
export async function listUsers(
  actor: AdminActor,
  options: Omit<UserSearchInput, "after" | "before"> & {
    after?: string;
    before?: string;
    limit?: number;
  } = {},
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

  const sortKey = sql`lower(${users.login})`;
  // `before` walks back towards the start: read descending, then flip.
  const backwards = !options.after && Boolean(options.before);
  const cursor = options.after ?? options.before;
  if (cursor) {
    const position = sql`(select lower(u.login) from ${users} u where u.id = ${cursor})`;
    conditions.push(backwards ? sql`${sortKey} < ${position}` : sql`${sortKey} > ${position}`);
  }

  const rows = await db
    .select({
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
    })
    .from(users)
    .where(and(...conditions))
    .orderBy(backwards ? desc(sortKey) : asc(sortKey))
    .limit(limit + 1);

  const hasMore = rows.length > limit;
  const items = rows.slice(0, limit);
  if (backwards) items.reverse();
  const first = items[0]?.id ?? null;
  const last = items.at(-1)?.id ?? null;
  return {
    items,
    nextCursor: backwards ? last : hasMore ? last : null,
    prevCursor: backwards ? (hasMore ? first : null) : options.after ? first : null,
  };
}
