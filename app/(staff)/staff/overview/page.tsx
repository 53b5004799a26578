import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getFormatters } from "@/components/i18n/get-formatters";
import { useFormatters } from "@/components/i18n/use-formatters";
import { getMessageText } from "@/components/i18n/message-text";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardBody } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { TextLink } from "@/components/ui/text-link";
import { getOverviewStats, OVERVIEW_DAYS } from "@/lib/admin/overview-stats";
import { canAdmin } from "@/lib/admin/policy";
import { requireStaff } from "@/lib/auth/actor";
import { formatTicketNumber } from "@/lib/tickets/ticket-number";
import { ChartFigure } from "./_components/chart-figure";
import { CountBarChart, DailyTicketsChart } from "./_components/charts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.overview"))("title") };
}
// Live numbers: never served from a cache.
export const dynamic = "force-dynamic";

const NUMBER_CELL = "font-mono";
const PRIORITY_CELL = "capitalize";
const NOWRAP = "whitespace-nowrap";

/** One number of a <dl>: the dt/dd pair sits directly in its box, as a <dl> group allows. */
function Stat({ label, value, hint }: { label: string; value: number; hint: string }) {
  const format = useFormatters();
  return (
    <div className="flex flex-col gap-1 rounded-lg border border-slate-200 bg-white px-5 py-4 shadow-sm">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd
        className={`text-3xl font-bold tabular-nums ${value ? "text-brand-700" : "text-navy-900"}`}
      >
        {format.number(value)}
      </dd>
      <dd className="text-xs text-slate-500">{hint}</dd>
    </div>
  );
}

export default async function OverviewPage() {
  const actor = await requireStaff();
  if (!canAdmin(actor.role, "view_overview")) notFound();
  const stats = await getOverviewStats(actor);
  const t = await getTranslations("admin.overview");
  const enums = await getTranslations("enums");
  const format = await getFormatters();
  const text = await getMessageText();
  const days = stats.days.map((d) => ({
    ...d,
    label: format.day(d.day, "short"),
  }));
  const totals = days.reduce(
    (sum, d) => ({ opened: sum.opened + d.opened, closed: sum.closed + d.closed }),
    { opened: 0, closed: 0 },
  );
  const byStatus = stats.backlogByStatus.map((b) => ({
    label: enums(`staffStatus.${b.status}`),
    count: b.count,
  }));
  const byVendor = stats.backlogByVendor.map((b) => ({ label: text(b.label), count: b.count }));
  const backlog = byStatus.reduce((sum, b) => sum + b.count, 0);

  return (
    <>
      <PageHeader title={t("title")} description={t("description", { days: OVERVIEW_DAYS })} />
      <section aria-labelledby="sla-heading" className="mb-6">
        <h2 id="sla-heading" className="mb-3 text-lg font-semibold text-navy-900">
          {t("sla")}
        </h2>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Stat label={t("openTickets")} value={backlog} hint={t("openTicketsHint")} />
          <Stat
            label={t("resolutionOverdue")}
            value={stats.sla.resolutionBreached}
            hint={t("resolutionOverdueHint")}
          />
          <Stat
            label={t("firstResponseOverdue")}
            value={stats.sla.firstResponseOverdue}
            hint={t("firstResponseOverdueHint")}
          />
          <Stat
            label={t("lateFirstResponses", { days: OVERVIEW_DAYS })}
            value={stats.sla.firstResponseLate}
            hint={t("lateFirstResponsesHint")}
          />
        </dl>
      </section>

      <div className="grid gap-6 xl:grid-cols-2">
        <Card className="xl:col-span-2">
          <CardBody>
            <ChartFigure
              id="daily"
              caption={t("dailyCaption", {
                opened: totals.opened,
                closed: totals.closed,
                days: OVERVIEW_DAYS,
              })}
              chart={<DailyTicketsChart data={days} />}
              columns={[t("day"), t("opened"), t("closedColumn")]}
              rows={days.map((d) => [format.day(d.day, "full"), d.opened, d.closed])}
            />
          </CardBody>
        </Card>
        <Card>
          <CardBody>
            <ChartFigure
              id="by-status"
              caption={t("statusCaption", { count: backlog })}
              chart={<CountBarChart data={byStatus} name={t("tickets")} />}
              columns={[t("status"), t("tickets")]}
              rows={byStatus.map((b) => [b.label, b.count])}
            />
          </CardBody>
        </Card>
        <Card>
          <CardBody>
            <ChartFigure
              id="by-vendor"
              caption={t("vendorCaption")}
              chart={<CountBarChart data={byVendor} name={t("tickets")} color="brand" />}
              columns={[t("vendor"), t("tickets")]}
              rows={byVendor.map((b) => [b.label, b.count])}
            />
          </CardBody>
        </Card>
      </div>

      <section aria-labelledby="breaches-heading" className="mt-6">
        <Card className="overflow-x-auto">
          <CardBody>
            <h2 id="breaches-heading" className="mb-3 text-lg font-semibold text-navy-900">
              {t("mostOverdue")}
            </h2>
            {stats.breaches.length ? (
              <DataTable
                compact
                rows={stats.breaches}
                rowKey={(ticket) => ticket.id}
                rowClassName={() => undefined}
                columns={[
                  {
                    header: t("ticket"),
                    isRowHeader: true,
                    className: NUMBER_CELL,
                    headerClassName: "",
                    cell: (ticket) => (
                      <TextLink href={`/staff/tickets/${ticket.id}`}>
                        {formatTicketNumber(ticket.number)}
                      </TextLink>
                    ),
                  },
                  { header: t("subject"), cell: (ticket) => ticket.subject },
                  {
                    header: t("priority"),
                    className: PRIORITY_CELL,
                    cell: (ticket) => enums(`priority.${ticket.priority}`),
                  },
                  {
                    header: t("resolutionDue"),
                    className: NOWRAP,
                    cell: (ticket) => format.dateTime(ticket.dueAt),
                  },
                ]}
              />
            ) : (
              <p className="text-sm text-slate-600">{t("noBreaches")}</p>
            )}
          </CardBody>
        </Card>
      </section>
    </>
  );
}
