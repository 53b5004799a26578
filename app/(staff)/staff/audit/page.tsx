import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { Field } from "@/components/ui/field";
import { FilterBar } from "@/components/ui/filter-bar";
import { KeysetPager, listHref } from "@/components/ui/keyset-pager";
import { TextLink } from "@/components/ui/text-link";
import {
  auditSearchSchema,
  KNOWN_AUDIT_ACTIONS,
  type AuditEventItem,
  listAuditEvents,
} from "@/lib/admin/list-audit-events";
import { canAdmin } from "@/lib/admin/policy";
import { formatDateTime } from "@/lib/format";
import { parseSearchParams } from "@/lib/pagination/search-params";
import { requireStaff } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Audit log" };

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
  const pageHref = (cursor: { after?: string; before?: string }) =>
    listHref("/staff/audit", { ...filters, ...cursor });
  const filtered = Object.values(filters).some(Boolean);

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Who did what to which record, from where and when — every staff action and every sign-in event. Times are Warsaw time."
      />
      <FilterBar
        action="/staff/audit"
        label="Filter the audit log"
        clearHref={filtered ? "/staff/audit" : null}
        clearLabel="Clear"
        className="sm:grid-cols-2 lg:grid-cols-3"
      >
        {FILTERS.map((filter) => (
          <Field
            key={filter.name}
            label={filter.label}
            name={filter.name}
            type={filter.type}
            defaultValue={filters[filter.name] ?? ""}
            placeholder={filter.placeholder || undefined}
            list={filter.name === "action" ? "audit-actions" : undefined}
          />
        ))}
        <datalist id="audit-actions">
          {KNOWN_AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action} />
          ))}
        </datalist>
      </FilterBar>

      <Card className="overflow-x-auto">
        {page.items.length ? (
          <DataTable
            caption="Audit events, newest first"
            rows={page.items}
            rowKey={(event) => event.id}
            rowClassName={() => undefined}
            columns={[
              {
                header: "Time",
                className: "whitespace-nowrap tabular-nums",
                cell: (event) => (
                  <time dateTime={event.createdAt.toISOString()}>
                    {formatDateTime(event.createdAt, { seconds: true })}
                  </time>
                ),
              },
              {
                header: "Actor",
                cell: (event) =>
                  event.actor ? (
                    <TextLink href={`/staff/users/${event.actor.id}`}>{event.actor.login}</TextLink>
                  ) : (
                    <span className="text-slate-500">system / anonymous</span>
                  ),
              },
              {
                header: "Action",
                isRowHeader: true,
                className: "font-mono text-xs",
                headerClassName: "",
                cell: (event) => event.action,
              },
              { header: "Record", cell: (event) => <RecordCell event={event} /> },
              {
                header: "Outcome",
                cell: (event) => (
                  <Badge tone={outcomeTones[event.outcome] ?? "neutral"}>{event.outcome}</Badge>
                ),
              },
              {
                header: "IP",
                className: "font-mono text-xs",
                headerClassName: "",
                cell: (event) => (
                  <>
                    {event.ip ?? "—"}
                    {event.userAgent ? (
                      <span
                        className="block max-w-48 truncate font-sans text-slate-500"
                        title={event.userAgent}
                      >
                        {event.userAgent}
                      </span>
                    ) : null}
                  </>
                ),
              },
              {
                header: "Details",
                cell: (event) =>
                  event.details ? (
                    <pre className="max-w-80 font-mono text-xs break-all whitespace-pre-wrap text-slate-700">
                      {JSON.stringify(event.details, null, 1)}
                    </pre>
                  ) : (
                    "—"
                  ),
              },
            ]}
          />
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

/** The record an event is about, linking to every event about it. */
function RecordCell({ event }: { event: AuditEventItem }) {
  return (
    <>
      {event.targetType ? (
        <TextLink
          href={listHref("/staff/audit", {
            targetType: event.targetType,
            targetId: event.targetId,
          })}
        >
          {event.targetType}
          {event.targetLogin ? ` ${event.targetLogin}` : ""}
        </TextLink>
      ) : (
        "—"
      )}
      {event.targetId ? (
        <span className="block font-mono text-xs break-all text-slate-500">{event.targetId}</span>
      ) : null}
    </>
  );
}
