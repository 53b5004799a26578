import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import {
  auditSearchSchema,
  KNOWN_AUDIT_ACTIONS,
  listAuditEvents,
} from "@/lib/admin/list-audit-events";
import { canAdmin } from "@/lib/admin/policy";
import { parseSearchParams } from "@/lib/pagination/search-params";
import { requireStaff } from "@/lib/auth/actor";
import { KeysetPager } from "@/components/ui/keyset-pager";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Audit log" };

const controlClass =
  "block h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-base text-slate-900 shadow-sm hover:border-slate-400 focus-visible:border-focus sm:text-sm";

const outcomeTones: Record<string, BadgeTone> = {
  success: "success",
  failure: "warning",
  denied: "danger",
};

const FILTERS = [
  { name: "actor", label: "Actor", placeholder: "Login or email", type: "search" },
  { name: "action", label: "Action", placeholder: "e.g. user.disable or auth.", type: "search" },
  { name: "targetType", label: "Record type", placeholder: "e.g. user, ticket", type: "search" },
  { name: "targetId", label: "Record id", placeholder: "Exact id", type: "search" },
  { name: "from", label: "From", placeholder: "", type: "datetime-local" },
  { name: "to", label: "To", placeholder: "", type: "datetime-local" },
] as const;

export default async function AuditLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireStaff();
  if (!canAdmin(actor.role, "read_audit_log")) notFound();
  const { after, before, ...filters } = parseSearchParams(
    auditSearchSchema,
    await searchParams,
  ).query;
  const page = await listAuditEvents(actor, { ...filters, after, before });
  const active = Object.fromEntries(
    Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
  const pageHref = (cursor: { after?: string; before?: string }) =>
    `/staff/audit?${new URLSearchParams({ ...active, ...cursor })}`;
  const filtered = Object.keys(active).length > 0;

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Who did what to which record, from where and when — every staff action and every sign-in event. Times are Warsaw time."
      />
      <form
        role="search"
        aria-label="Filter the audit log"
        action="/staff/audit"
        className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3"
      >
        {FILTERS.map((filter) => (
          <div key={filter.name} className="flex flex-col gap-1.5">
            <label htmlFor={filter.name} className="text-sm font-medium text-navy-900">
              {filter.label}
            </label>
            <input
              id={filter.name}
              name={filter.name}
              type={filter.type}
              defaultValue={active[filter.name] ?? ""}
              placeholder={filter.placeholder || undefined}
              list={filter.name === "action" ? "audit-actions" : undefined}
              className={controlClass}
            />
          </div>
        ))}
        <datalist id="audit-actions">
          {KNOWN_AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action} />
          ))}
        </datalist>
        <div className="flex gap-2 sm:col-span-2 lg:col-span-3">
          <button type="submit" className={buttonClasses({ variant: "secondary" })}>
            Filter
          </button>
          {filtered ? (
            <Link href="/staff/audit" className={buttonClasses({ variant: "ghost" })}>
              Clear
            </Link>
          ) : null}
        </div>
      </form>

      <Card className="overflow-x-auto">
        {page.items.length ? (
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Audit events, newest first</caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-600 uppercase">
              <tr>
                {["Time", "Actor", "Action", "Record", "Outcome", "IP", "Details"].map((h) => (
                  <th key={h} scope="col" className="px-4 py-3 font-semibold">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 align-top">
              {page.items.map((event) => (
                <tr key={event.id}>
                  <td className="px-4 py-3 whitespace-nowrap tabular-nums">
                    <time dateTime={event.createdAt.toISOString()}>
                      {formatDateTime(event.createdAt, { seconds: true })}
                    </time>
                  </td>
                  <td className="px-4 py-3">
                    {event.actor ? (
                      <Link
                        href={`/staff/users/${event.actor.id}`}
                        className="text-navy-700 underline decoration-navy-300 hover:text-brand-700"
                      >
                        {event.actor.login}
                      </Link>
                    ) : (
                      <span className="text-slate-500">system / anonymous</span>
                    )}
                  </td>
                  <th scope="row" className="px-4 py-3 font-mono text-xs font-semibold">
                    {event.action}
                  </th>
                  <td className="px-4 py-3">
                    {event.targetType ? (
                      <Link
                        href={`/staff/audit?${new URLSearchParams({
                          targetType: event.targetType,
                          ...(event.targetId ? { targetId: event.targetId } : {}),
                        })}`}
                        className="text-navy-700 underline decoration-navy-300 hover:text-brand-700"
                      >
                        {event.targetType}
                        {event.targetLogin ? ` ${event.targetLogin}` : ""}
                      </Link>
                    ) : (
                      "—"
                    )}
                    {event.targetId ? (
                      <span className="block font-mono text-xs break-all text-slate-500">
                        {event.targetId}
                      </span>
                    ) : null}
                  </td>
                  <td className="px-4 py-3">
                    <Badge tone={outcomeTones[event.outcome] ?? "neutral"}>{event.outcome}</Badge>
                  </td>
                  <td className="px-4 py-3 font-mono text-xs">
                    {event.ip ?? "—"}
                    {event.userAgent ? (
                      <span
                        className="block max-w-48 truncate font-sans text-slate-500"
                        title={event.userAgent}
                      >
                        {event.userAgent}
                      </span>
                    ) : null}
                  </td>
                  <td className="px-4 py-3">
                    {event.details ? (
                      <pre className="max-w-80 font-mono text-xs break-all whitespace-pre-wrap text-slate-700">
                        {JSON.stringify(event.details, null, 1)}
                      </pre>
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="px-5 py-8 text-center text-slate-600">
            {filtered ? "No event matches these filters." : "No events yet."}
          </p>
        )}
      </Card>

      <KeysetPager
        previousHref={page.prevCursor ? pageHref({ before: page.prevCursor }) : null}
        nextHref={page.nextCursor ? pageHref({ after: page.nextCursor }) : null}
      />
    </>
  );
}
