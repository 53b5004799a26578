import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardBody } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { TextLink } from "@/components/ui/text-link";
import { getOverviewStats, OVERVIEW_DAYS } from "@/lib/admin/overview-stats";
import { formatDateTime, formatDay } from "@/lib/format";
import { canAdmin } from "@/lib/admin/policy";
import { requireStaff } from "@/lib/auth/actor";
import { formatTicketNumber } from "@/lib/tickets/ticket-number";
import { ChartFigure } from "./_components/chart-figure";
import { CountBarChart, DailyTicketsChart } from "./_components/charts";

export const metadata: Metadata = { title: "Overview" };
// Live numbers: never served from a cache.
export const dynamic = "force-dynamic";

const statusLabels = {
  new: "New",
  open: "Open",
  waiting_for_customer: "Waiting for customer",
} as const;

/** One number of a <dl>: the dt/dd pair sits directly in its box, as a <dl> group allows. */
function Stat({ label, value, hint }: { label: string; value: number; hint: string }) {
  return (
    <div className="flex flex-col gap-1 rounded-lg border border-slate-200 bg-white px-5 py-4 shadow-sm">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd
        className={`text-3xl font-bold tabular-nums ${value ? "text-brand-700" : "text-navy-900"}`}
      >
        {value}
      </dd>
      <dd className="text-xs text-slate-500">{hint}</dd>
    </div>
  );
}

export default async function OverviewPage() {
  const actor = await requireStaff();
  if (!canAdmin(actor.role, "view_overview")) notFound();
  const stats = await getOverviewStats(actor);
  const days = stats.days.map((d) => ({
    ...d,
    label: formatDay(d.day, "short"),
  }));
  const totals = days.reduce(
    (sum, d) => ({ opened: sum.opened + d.opened, closed: sum.closed + d.closed }),
    { opened: 0, closed: 0 },
  );
  const byStatus = stats.backlogByStatus.map((b) => ({
    label: statusLabels[b.status],
    count: b.count,
  }));
  const byVendor = stats.backlogByVendor.map((b) => ({ label: b.label, count: b.count }));
  const backlog = byStatus.reduce((sum, b) => sum + b.count, 0);

  return (
    <>
      <PageHeader
        title="Overview"
        description={`Ticket flow over the last ${OVERVIEW_DAYS} days, the open backlog and SLA breaches. Days are Warsaw time.`}
      />
      <section aria-labelledby="sla-heading" className="mb-6">
        <h2 id="sla-heading" className="mb-3 text-lg font-semibold text-navy-900">
          SLA
        </h2>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Stat label="Open tickets" value={backlog} hint="New, open or waiting for the customer" />
          <Stat
            label="Resolution overdue"
            value={stats.sla.resolutionBreached}
            hint="Open, clock running, past the resolution due time (pauses added)"
          />
          <Stat
            label="First response overdue"
            value={stats.sla.firstResponseOverdue}
            hint="No answer yet and past the first-response due time"
          />
          <Stat
            label={`Late first responses (${OVERVIEW_DAYS} days)`}
            value={stats.sla.firstResponseLate}
            hint="Answered after the first-response due time"
          />
        </dl>
      </section>

      <div className="grid gap-6 xl:grid-cols-2">
        <Card className="xl:col-span-2">
          <CardBody>
            <ChartFigure
              id="daily"
              caption={`Tickets opened and closed per day — ${totals.opened} opened, ${totals.closed} closed in ${OVERVIEW_DAYS} days`}
              chart={<DailyTicketsChart data={days} />}
              columns={["Day", "Opened", "Closed (resolved or closed)"]}
              rows={days.map((d) => [formatDay(d.day, "full"), d.opened, d.closed])}
            />
          </CardBody>
        </Card>
        <Card>
          <CardBody>
            <ChartFigure
              id="by-status"
              caption={`Backlog by status — ${backlog} open`}
              chart={<CountBarChart data={byStatus} name="Tickets" />}
              columns={["Status", "Tickets"]}
              rows={byStatus.map((b) => [b.label, b.count])}
            />
          </CardBody>
        </Card>
        <Card>
          <CardBody>
            <ChartFigure
              id="by-vendor"
              caption="Backlog by vendor"
              chart={<CountBarChart data={byVendor} name="Tickets" color="brand" />}
              columns={["Vendor", "Tickets"]}
              rows={byVendor.map((b) => [b.label, b.count])}
            />
          </CardBody>
        </Card>
      </div>

      <section aria-labelledby="breaches-heading" className="mt-6">
        <Card className="overflow-x-auto">
          <CardBody>
            <h2 id="breaches-heading" className="mb-3 text-lg font-semibold text-navy-900">
              Most overdue open tickets
            </h2>
            {stats.breaches.length ? (
              <DataTable
                compact
                rows={stats.breaches}
                rowKey={(ticket) => ticket.id}
                rowClassName={() => undefined}
                columns={[
                  {
                    header: "Ticket",
                    isRowHeader: true,
                    className: "font-mono",
                    headerClassName: "",
                    cell: (ticket) => (
                      <TextLink href={`/staff/tickets/${ticket.id}`}>
                        {formatTicketNumber(ticket.number)}
                      </TextLink>
                    ),
                  },
                  { header: "Subject", cell: (ticket) => ticket.subject },
                  {
                    header: "Priority",
                    className: "capitalize",
                    cell: (ticket) => ticket.priority,
                  },
                  {
                    header: "Resolution was due",
                    className: "whitespace-nowrap",
                    cell: (ticket) => formatDateTime(ticket.dueAt),
                  },
                ]}
              />
            ) : (
              <p className="text-sm text-slate-600">No open ticket is past its resolution time.</p>
            )}
          </CardBody>
        </Card>
      </section>
    </>
  );
}
