import { eq, or, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { users } from "@/db/schema";

/** The user whose login or email (both case-insensitive) is `identifier`. */
export async function findUserByLoginOrEmail(tx: DbOrTx, identifier: string) {
  const value = identifier.trim().toLowerCase();
  const [user] = await tx
    .select()
    .from(users)
    .where(or(eq(sql`lower(${users.login})`, value), eq(sql`lower(${users.email})`, value)))
    // a login that equals someone else's email must not shadow that person's account
    .orderBy(sql`lower(${users.login}) = ${value} desc`)
    .limit(1);
  return user ?? null;
}
