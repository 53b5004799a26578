import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { cn } from "@/components/ui/cn";
import { PriorityAndTypeFilters } from "@/components/tickets/ticket-filters";
import { Field, SelectField } from "@/components/ui/field";
import { FilterBar } from "@/components/ui/filter-bar";
import { KeysetPager } from "@/components/ui/keyset-pager";
import { requireStaff } from "@/lib/auth/actor";
import { orNotFound } from "@/lib/http/or-not-found";
import { listAssignableStaff } from "@/lib/tickets/assign-ticket";
import { findTicketIdByNumber } from "@/lib/tickets/get-ticket";
import { listQueue } from "@/lib/tickets/list-queue";
import { STAFF_STATUS_LABELS, TYPE_LABELS } from "@/lib/tickets/priorities";
import {
  isFiltered,
  QUEUE_SORT_LABELS,
  QUEUE_VIEW_LABELS,
  QUEUE_VIEW_STATUSES,
  QUEUE_VIEWS,
  readQueueSearchParams,
  type QueueQuery,
} from "@/lib/tickets/queue-query";
import { formatTicketNumber, parseTicketNumber } from "@/lib/tickets/ticket-number";
import { vendorName, vendorOptions } from "@/lib/vendors";
import { bulkUpdateTicketsAction } from "./actions";
import { queueHref } from "./queue-href";
import { QueueTable, type QueueRow } from "./_components/queue-table";
import { slaSummary } from "./_components/sla-summary";
import { NewTicketsNotice } from "./_components/new-tickets-notice";
import { backgroundPollSeconds } from "@/lib/http/background-poll";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Queue" };

const EMPTY_VIEW: Record<QueueQuery["view"], string> = {
  open: "No new or open tickets.",
  unassigned: "Every open ticket has an engineer.",
  mine: "No tickets are assigned to you.",
  waiting: "No tickets are waiting for a customer.",
  sla: "No ticket is breaching its SLA or due within 2 hours.",
  resolved: "No tickets were resolved in the last 7 days.",
  all: "No tickets yet.",
};

const ignored = (problem: string | undefined) => problem && `Not searched for. ${problem}`;

export default async function QueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireStaff();
  const { query, problems } = readQueueSearchParams(await searchParams);
  // A ticket number typed in the search opens that ticket, whichever view it is in.
  const number = query.q ? parseTicketNumber(query.q) : null;
  const numbered = number === null ? null : await orNotFound(findTicketIdByNumber(actor, number));
  if (numbered) redirect(`/staff/tickets/${numbered}`);
  // The orders team has no tickets: for them the queue does not exist.
  const [{ tickets, nextCursor }, staff] = await orNotFound(
    Promise.all([listQueue(actor, query), listAssignableStaff(actor)]),
  );
  const filtered = isFiltered(query);
  const viewStatuses = QUEUE_VIEW_STATUSES[query.view];
  const now = new Date();
  const rows: QueueRow[] = tickets.map((ticket) => ({
    id: ticket.id,
    number: formatTicketNumber(ticket.number),
    subject: ticket.subject,
    typeLabel: TYPE_LABELS[ticket.type],
    status: ticket.status,
    priority: ticket.priority,
    requesterName: ticket.requesterName,
    requesterCompany: ticket.requesterCompany,
    contract: ticket.contractNumber,
    product: ticket.product
      ? `${ticket.vendor ? `${vendorName(ticket.vendor)} ` : ""}${ticket.product}`
      : null,
    assigneeName: ticket.assigneeName,
    updated: formatDateTime(ticket.updatedAt),
    sla: slaSummary(ticket, now),
  }));
  // Tabs keep the filters; a new view starts at its first page.
  const { cursor: _cursor, ...withoutCursor } = query;
  const me = staff.find((user) => user.id === actor.id);
  const staffChoices = me ? [me, ...staff.filter((user) => user.id !== actor.id)] : staff;

  return (
    <>
      <PageHeader
        title="Queue"
        description="Tickets to work on: assign them, move them on, watch their SLA."
      />
      <nav aria-label="Queue views" className="mb-4 border-b border-slate-200">
        <ul className="-mb-px flex flex-wrap gap-1">
          {QUEUE_VIEWS.map((view) => {
            const isCurrent = view === query.view;
            return (
              <li key={view}>
                <Link
                  href={queueHref({ ...withoutCursor, view })}
                  aria-current={isCurrent ? "page" : undefined}
                  className={cn(
                    "inline-block border-b-2 px-3 py-2 text-sm font-medium",
                    isCurrent
                      ? "border-brand-600 text-navy-900"
                      : "border-transparent text-slate-600 hover:border-slate-300 hover:text-navy-900",
                  )}
                >
                  {QUEUE_VIEW_LABELS[view]}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      <FilterBar
        action="/staff/queue"
        label="Filter the queue"
        clearHref={filtered ? queueHref({ view: query.view, sort: query.sort }) : null}
        actions={
          // A plain link: the file comes from a route handler, not a page to navigate to.
          <a
            href={`/api/staff/queue/export${queueHref(withoutCursor).slice("/staff/queue".length)}`}
            download
            className={buttonClasses({ variant: "secondary", className: "ml-auto" })}
          >
            Export CSV
          </a>
        }
      >
        <input type="hidden" name="view" value={query.view} />
        <Field
          label="Search"
          name="q"
          type="search"
          defaultValue={query.q}
          placeholder="CS-000123 or words"
          hint="Subject, description and messages, internal notes included."
          error={ignored(problems.q)}
          className="lg:col-span-2"
        />
        {viewStatuses.length > 1 ? (
          <SelectField
            label="Status"
            name="status"
            defaultValue={query.status[0] ?? ""}
            placeholder="Any status"
            hint={`Of those in “${QUEUE_VIEW_LABELS[query.view]}”.`}
            error={ignored(problems.status)}
            options={viewStatuses.map((value) => ({ value, label: STAFF_STATUS_LABELS[value] }))}
          />
        ) : null}
        <PriorityAndTypeFilters priority={query.priority[0]} type={query.type} />
        <SelectField
          label="Vendor"
          name="vendor"
          defaultValue={query.vendor ?? ""}
          placeholder="Any vendor"
          options={vendorOptions}
        />
        <Field
          label="Customer company"
          name="company"
          defaultValue={query.company}
          placeholder="Part of the name"
          error={ignored(problems.company)}
        />
        <Field
          label="Contract number"
          name="contract"
          defaultValue={query.contract}
          placeholder="Part of the number"
          error={ignored(problems.contract)}
        />
        <SelectField
          label="Assignee"
          name="assignee"
          defaultValue={query.assignee ?? ""}
          placeholder="Anyone"
          options={[
            { value: "none", label: "Unassigned" },
            ...staffChoices.map((user) => ({
              value: user.id,
              label: user.id === actor.id ? `${user.name} (me)` : user.name,
            })),
          ]}
        />
        <SelectField
          label="Sort by"
          name="sort"
          defaultValue={query.sort}
          options={Object.entries(QUEUE_SORT_LABELS).map(([value, label]) => ({ value, label }))}
        />
      </FilterBar>
      <NewTicketsNotice since={now.toISOString()} pollSeconds={backgroundPollSeconds()} />
      {query.q && query.view !== "all" ? (
        <p className="mb-4 text-sm text-slate-700">
          Showing matches in “{QUEUE_VIEW_LABELS[query.view]}”.{" "}
          <TextLink href={queueHref({ ...withoutCursor, view: "all", status: [] })}>
            Search all tickets for “{query.q}”
          </TextLink>
        </p>
      ) : null}

      <QueueTable
        rows={rows}
        staff={staffChoices}
        action={bulkUpdateTicketsAction}
        empty={
          <Card className="p-8 text-center">
            <p className="font-medium text-navy-900">
              {filtered
                ? "No tickets match these filters."
                : query.cursor
                  ? "No more tickets."
                  : EMPTY_VIEW[query.view]}
            </p>
            <p className="mt-1 text-sm text-slate-600">
              {filtered
                ? "Try other filters, another view, or clear the filters."
                : "Other views may hold tickets for you."}
            </p>
          </Card>
        }
      />
      <KeysetPager
        firstHref={query.cursor ? queueHref(withoutCursor) : null}
        nextHref={nextCursor ? queueHref({ ...query, cursor: nextCursor }) : null}
        labels={{ next: "Next page" }}
      />
    </>
  );
}
