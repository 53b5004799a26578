import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import type { TicketPriority, TicketStatus } from "@/db/schema";
import { msg } from "@/lib/i18n/message";
import { vendorNames } from "@/lib/vendors/index";
import { assertAdminPermission, type AdminActor } from "./policy";
import { PORTAL_TIME_ZONE } from "@/lib/format";

export const OVERVIEW_DAYS = 30;
const BACKLOG_STATUSES = ["new", "open", "waiting_for_customer"] as const;

export type DailyTickets = { day: string; opened: number; closed: number };
export type BacklogByStatus = { status: (typeof BACKLOG_STATUSES)[number]; count: number };
/** `label`: the vendor's name, or a `msg` (lib/i18n/message.ts) for tickets with no asset. */
export type BacklogByVendor = { vendor: string; label: string; count: number };
export type SlaBreach = {
  id: string;
  number: number;
  subject: string;
  priority: TicketPriority;
  status: TicketStatus;
  /** When the resolution was due, pauses included. */
  dueAt: Date;
};

export type OverviewStats = {
  /** The last 30 days in Warsaw time, oldest first, every day present. */
  days: DailyTickets[];
  backlogByStatus: BacklogByStatus[];
  backlogByVendor: BacklogByVendor[];
  sla: {
    /** Open, clock running, resolution_due_at + sla_paused_seconds in the past. */
    resolutionBreached: number;
    /** Open, clock running, no first response yet and its due time (plus pauses) in the past. */
    firstResponseOverdue: number;
    /** First responses given in the last 30 days after their due time. */
    firstResponseLate: number;
  };
  /** The most overdue open tickets (resolution), most overdue first. */
  breaches: SlaBreach[];
};

const TZ = sql.raw(`'${PORTAL_TIME_ZONE}'`);
const isBacklog = sql.raw(`status in (${BACKLOG_STATUSES.map((s) => `'${s}'`).join(", ")})`);
const paused = sql.raw(`make_interval(secs => sla_paused_seconds)`);

/**
 * The numbers behind the staff overview: tickets opened and closed (resolved or closed) per day
 * over the last 30 days, the open backlog by status and by vendor, and SLA breaches. A paused
 * clock (waiting for the customer) never breaches. Admins and support engineers.
 */
export async function getOverviewStats(actor: AdminActor): Promise<OverviewStats> {
  await assertAdminPermission(db, actor, "view_overview");
  const [daily, byStatus, byVendor, sla, breaches] = await Promise.all([
    db.execute<{ day: string; opened: number; closed: number }>(sql`
      with bounds as (
        select (now() at time zone ${TZ})::date - ${OVERVIEW_DAYS - 1}::int as first_day,
               (now() at time zone ${TZ})::date as last_day
      ),
      days as (
        select generate_series(first_day, last_day, interval '1 day')::date as day from bounds
      ),
      since as (select (first_day::timestamp at time zone ${TZ}) as at from bounds),
      opened as (
        select (created_at at time zone ${TZ})::date as day, count(*)::int as n
        from tickets where created_at >= (select at from since) group by 1
      ),
      closed as (
        select (coalesce(resolved_at, closed_at) at time zone ${TZ})::date as day, count(*)::int as n
        from tickets
        where status in ('resolved', 'closed')
          and coalesce(resolved_at, closed_at) >= (select at from since)
        group by 1
      )
      select to_char(days.day, 'YYYY-MM-DD') as day,
             coalesce(opened.n, 0) as opened,
             coalesce(closed.n, 0) as closed
      from days
      left join opened on opened.day = days.day
      left join closed on closed.day = days.day
      order by days.day`),
    db.execute<{ status: BacklogByStatus["status"]; count: number }>(sql`
      select status, count(*)::int as count from tickets where ${isBacklog} group by status`),
    db.execute<{ vendor: string | null; count: number }>(sql`
      select vendor, count(*)::int as count from tickets where ${isBacklog}
      group by vendor order by count desc, vendor nulls last`),
    db.execute<OverviewStats["sla"]>(sql`
      select
        count(*) filter (
          where ${isBacklog} and sla_paused_at is null
            and resolution_due_at + ${paused} < now()
        )::int as "resolutionBreached",
        count(*) filter (
          where ${isBacklog} and sla_paused_at is null and first_responded_at is null
            and first_response_due_at + ${paused} < now()
        )::int as "firstResponseOverdue",
        count(*) filter (
          where first_responded_at >= now() - make_interval(days => ${OVERVIEW_DAYS})
            and first_responded_at > first_response_due_at + ${paused}
        )::int as "firstResponseLate"
      from tickets
      where ${isBacklog} or first_responded_at >= now() - make_interval(days => ${OVERVIEW_DAYS})`),
    db.execute<{
      id: string;
      number: string | number;
      subject: string;
      priority: TicketPriority;
      status: TicketStatus;
      due_at: string | Date;
    }>(sql`
      select id, number, subject, priority, status, resolution_due_at + ${paused} as due_at
      from tickets
      where ${isBacklog} and sla_paused_at is null and resolution_due_at + ${paused} < now()
      order by resolution_due_at + ${paused} asc
      limit 10`),
  ]);

  const statusCounts = new Map(byStatus.rows.map((row) => [row.status, row.count]));
  return {
    days: daily.rows.map((row) => ({
      day: row.day,
      opened: Number(row.opened),
      closed: Number(row.closed),
    })),
    backlogByStatus: BACKLOG_STATUSES.map((status) => ({
      status,
      count: Number(statusCounts.get(status) ?? 0),
    })),
    backlogByVendor: byVendor.rows.map((row) => ({
      vendor: row.vendor ?? "none",
      label: !row.vendor
        ? msg("admin.overview.noAsset")
        : row.vendor === "other"
          ? msg("vendors.other.name")
          : (vendorNames[row.vendor] ?? row.vendor),
      count: Number(row.count),
    })),
    sla: {
      resolutionBreached: Number(sla.rows[0]?.resolutionBreached ?? 0),
      firstResponseOverdue: Number(sla.rows[0]?.firstResponseOverdue ?? 0),
      firstResponseLate: Number(sla.rows[0]?.firstResponseLate ?? 0),
    },
    breaches: breaches.rows.map((row) => ({
      id: row.id,
      number: Number(row.number),
      subject: row.subject,
      priority: row.priority,
      status: row.status,
      dueAt: new Date(row.due_at),
    })),
  };
}
