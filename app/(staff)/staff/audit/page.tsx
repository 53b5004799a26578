import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getFormatters } from "@/components/i18n/get-formatters";
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
import { parseSearchParams } from "@/lib/pagination/search-params";
import { requireStaff } from "@/lib/auth/actor";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.audit"))("title") };
}

const LOG = "/staff/audit";
const TIME_CELL = "whitespace-nowrap tabular-nums";
const CODE_CELL = "font-mono text-xs";
const NONE = "—";
const ACTIONS_LIST = "audit-actions";

const outcomeTones: Record<string, BadgeTone> = {
  success: "success",
  failure: "warning",
  denied: "danger",
};

// Words: admin.audit.filters.<name> and, for a search, <name>Placeholder.
const FILTERS = [
  { name: "actor", type: "search" },
  { name: "action", type: "search" },
  { name: "targetType", type: "search" },
  { name: "targetId", type: "search" },
  { name: "from", type: "datetime-local" },
  { name: "to", type: "datetime-local" },
] as const;
const OUTCOMES = ["success", "failure", "denied"] as const;

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
  const t = await getTranslations("admin.audit");
  const format = await getFormatters();
  const outcome = (value: string) =>
    (OUTCOMES as readonly string[]).includes(value)
      ? t(`outcomes.${value as (typeof OUTCOMES)[number]}`)
      : value;

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <FilterBar
        action={LOG}
        label={t("filterLabel")}
        clearHref={filtered ? LOG : null}
        clearLabel={t("clear")}
        className="sm:grid-cols-2 lg:grid-cols-3"
      >
        {FILTERS.map((filter) => (
          <Field
            key={filter.name}
            label={t(`filters.${filter.name}`)}
            name={filter.name}
            type={filter.type}
            defaultValue={filters[filter.name] ?? ""}
            placeholder={
              filter.type === "search" ? t(`filters.${filter.name}Placeholder`) : undefined
            }
            list={filter.name === "action" ? ACTIONS_LIST : undefined}
          />
        ))}
        <datalist id={ACTIONS_LIST}>
          {KNOWN_AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action} />
          ))}
        </datalist>
      </FilterBar>

      <Card className="overflow-x-auto">
        {page.items.length ? (
          <DataTable
            caption={t("caption")}
            rows={page.items}
            rowKey={(event) => event.id}
            rowClassName={() => undefined}
            columns={[
              {
                header: t("time"),
                className: TIME_CELL,
                cell: (event) => (
                  <time dateTime={event.createdAt.toISOString()}>
                    {format.dateTime(event.createdAt, { seconds: true })}
                  </time>
                ),
              },
              {
                header: t("actor"),
                cell: (event) =>
                  event.actor ? (
                    <TextLink href={`/staff/users/${event.actor.id}`}>{event.actor.login}</TextLink>
                  ) : (
                    <span className="text-slate-500">{t("systemActor")}</span>
                  ),
              },
              {
                header: t("action"),
                isRowHeader: true,
                className: CODE_CELL,
                headerClassName: "",
                cell: (event) => event.action,
              },
              { header: t("record"), cell: (event) => <RecordCell event={event} /> },
              {
                header: t("outcome"),
                cell: (event) => (
                  <Badge tone={outcomeTones[event.outcome] ?? "neutral"}>
                    {outcome(event.outcome)}
                  </Badge>
                ),
              },
              {
                header: t("ip"),
                className: CODE_CELL,
                headerClassName: "",
                cell: (event) => (
                  <>
                    {event.ip ?? NONE}
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
                header: t("details"),
                cell: (event) =>
                  event.details ? (
                    <pre className="max-w-80 font-mono text-xs break-all whitespace-pre-wrap text-slate-700">
                      {JSON.stringify(event.details, null, 1)}
                    </pre>
                  ) : (
                    NONE
                  ),
              },
            ]}
          />
        ) : (
          <p className="px-5 py-8 text-center text-slate-600">
            {filtered ? t("noMatch") : t("empty")}
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
          href={listHref(LOG, {
            targetType: event.targetType,
            targetId: event.targetId,
          })}
        >
          {event.targetType}
          {event.targetLogin ? ` ${event.targetLogin}` : ""}
        </TextLink>
      ) : (
        NONE
      )}
      {event.targetId ? (
        <span className="block font-mono text-xs break-all text-slate-500">{event.targetId}</span>
      ) : null}
    </>
  );
}
