import { and, eq, gte, like, lt, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import { db } from "@/db/client";
import { auditEvents, users } from "@/db/schema";
import { readKeysetPage, type KeysetPage, type KeysetSort } from "@/lib/pagination/keyset";
import { containsPattern, escapeLike } from "@/lib/pagination/like";
import { cursorParam } from "@/lib/pagination/search-params";
import { plainText } from "@/lib/validation/plain-text";
import { assertAdminPermission, type AdminActor } from "./policy";
import { PORTAL_TIME_ZONE } from "@/lib/format";

export type AuditEventItem = {
  id: number;
  createdAt: Date;
  actor: { id: string; login: string; email: string } | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  /** The login of a `user` record, for a readable record column. */
  targetLogin: string | null;
  outcome: string;
  ip: string | null;
  userAgent: string | null;
  details: Record<string, unknown> | null;
};

export type AuditPage = KeysetPage<AuditEventItem>;

export const AUDIT_PAGE_SIZE = 50;

const optionalText = (max: number) => plainText().max(max).optional();

/** A `datetime-local` value (Warsaw time) or a bare date. */
const localTime = plainText()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/)
  .optional();

/** The audit log's query string (read with parseSearchParams). */
export const auditSearchSchema = z.object({
  actor: optionalText(254),
  action: optionalText(100),
  targetType: optionalText(50),
  targetId: optionalText(100),
  from: localTime,
  to: localTime,
  after: cursorParam,
  before: cursorParam,
});
export type AuditSearchInput = z.infer<typeof auditSearchSchema>;

const NEWEST_FIRST: KeysetSort = {
  name: "created",
  key: auditEvents.createdAt,
  kind: "timestamp",
  descending: true,
  id: auditEvents.id,
  idKind: "bigint",
};

/** A local (Warsaw) date or date-time as an instant; a bare `to` date means the end of that day. */
function instant(value: string, edge: "from" | "to"): SQL {
  const isDate = value.length === 10;
  const local = sql`${isDate ? `${value}T00:00` : value}::timestamp`;
  const shifted = isDate && edge === "to" ? sql`(${local} + interval '1 day')` : local;
  return sql`(${shifted} at time zone ${PORTAL_TIME_ZONE})`;
}

/**
 * The audit log, newest first (created_at desc, id desc), one keyset page at a time.
 * Filters: actor (part of a login or email), action (exact; ending in "." matches the whole
 * family, e.g. "auth."), record (type and/or id, exact), time range in Warsaw time (`to` is
 * exclusive for a date-time, inclusive for a whole day). Admins only.
 */
export async function listAuditEvents(
  actor: AdminActor,
  options: Partial<AuditSearchInput> & { limit?: number } = {},
): Promise<AuditPage> {
  await assertAdminPermission(db, actor, "read_audit_log");
  const limit = Math.min(Math.max(options.limit ?? AUDIT_PAGE_SIZE, 1), 200);
  const conditions: Array<SQL | undefined> = [];
  if (options.actor) {
    const pattern = containsPattern(options.actor.toLowerCase());
    conditions.push(
      sql`${auditEvents.actorId} in (select u.id from ${users} u where lower(u.login) like ${pattern} or lower(u.email) like ${pattern})`,
    );
  }
  if (options.action) {
    conditions.push(
      options.action.endsWith(".")
        ? like(auditEvents.action, `${escapeLike(options.action)}%`)
        : eq(auditEvents.action, options.action),
    );
  }
  if (options.targetType) conditions.push(eq(auditEvents.targetType, options.targetType));
  if (options.targetId) conditions.push(eq(auditEvents.targetId, options.targetId));
  if (options.from) conditions.push(gte(auditEvents.createdAt, instant(options.from, "from")));
  if (options.to) conditions.push(lt(auditEvents.createdAt, instant(options.to, "to")));

  const actorUser = alias(users, "actor_user");
  const targetUser = alias(users, "target_user");
  const page = await readKeysetPage(NEWEST_FIRST, { ...options, limit }, (keyset) =>
    db
      .select({
        id: auditEvents.id,
        createdAt: auditEvents.createdAt,
        actorId: actorUser.id,
        actorLogin: actorUser.login,
        actorEmail: actorUser.email,
        action: auditEvents.action,
        targetType: auditEvents.targetType,
        targetId: auditEvents.targetId,
        targetLogin: targetUser.login,
        outcome: auditEvents.outcome,
        ip: auditEvents.ip,
        userAgent: auditEvents.userAgent,
        details: auditEvents.details,
        keysetKey: keyset.keysetKey,
      })
      .from(auditEvents)
      .leftJoin(actorUser, eq(actorUser.id, auditEvents.actorId))
      .leftJoin(
        targetUser,
        and(
          eq(auditEvents.targetType, "user"),
          eq(sql`${targetUser.id}::text`, auditEvents.targetId),
        ),
      )
      .where(and(...conditions, keyset.where))
      .orderBy(...keyset.orderBy)
      .limit(keyset.limit),
  );
  return {
    ...page,
    items: page.items.map(({ actorId, actorLogin, actorEmail, ...row }) => ({
      ...row,
      actor: actorId ? { id: actorId, login: actorLogin!, email: actorEmail! } : null,
      details: row.details ?? null,
    })),
  };
}

/** Action names recorded today, for the filter's suggestions (the log accepts any). */
export const KNOWN_AUDIT_ACTIONS = [
  "auth.",
  "auth.login",
  "auth.login_code",
  "auth.login_code_sent",
  "auth.lockout",
  "auth.password_changed",
  "auth.password_reset_requested",
  "account.",
  "account.sign_up",
  "account.email_confirmed",
  "account.confirmation_resent",
  "user.",
  "user.invite",
  "user.disable",
  "user.enable",
  "user.change_role",
  "user.force_password_reset",
  "admin.create_from_cli",
  "contract.",
  "ticket.",
  "canned_reply.",
  "email.retry",
] as const;
