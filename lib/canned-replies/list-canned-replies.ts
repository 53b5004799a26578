import { asc, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { cannedReplies, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCannedReplyPermission } from "./policy";
import { personName } from "@/lib/format";

export type CannedReplyItem = {
  id: string;
  title: string;
  body: string;
  updatedAt: Date;
  updatedByName: string | null;
};

/** Every canned reply, by title (case-insensitive). Engineers and admins only. */
export async function listCannedReplies(actor: Pick<Actor, "role">): Promise<CannedReplyItem[]> {
  assertCannedReplyPermission(actor, "list");
  const rows = await db
    .select({
      id: cannedReplies.id,
      title: cannedReplies.title,
      body: cannedReplies.body,
      updatedAt: cannedReplies.updatedAt,
      firstName: users.firstName,
      lastName: users.lastName,
    })
    .from(cannedReplies)
    .leftJoin(users, eq(users.id, cannedReplies.updatedById))
    .orderBy(asc(sql`lower(${cannedReplies.title})`), asc(cannedReplies.id));
  return rows.map(({ firstName, lastName, ...row }) => ({
    ...row,
    updatedByName: firstName ? personName({ firstName, lastName }) : null,
  }));
}
