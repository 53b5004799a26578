import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/shell/page-header";
import { PriorityBadge, StatusBadge } from "@/components/tickets/ticket-badges";
import { Card } from "@/components/ui/card";
import { Field, SelectField } from "@/components/ui/field";
import { LinkButton } from "@/components/ui/link-button";
import { Button } from "@/components/ui/button";
import { requireActor } from "@/lib/auth/actor";
import { listContracts } from "@/lib/contracts/list-contracts";
import { listTickets, readTicketSearchParams } from "@/lib/tickets/list-tickets";
import { PRIORITIES, STATUS_LABELS, TYPE_LABELS } from "@/lib/tickets/priorities";
import { formatTicketNumber } from "@/lib/tickets/ticket-number";
import { NewTicketShortcuts } from "./_components/new-ticket-shortcuts";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Tickets" };

export default async function TicketsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  const params = await searchParams;
  const { query, problems } = readTicketSearchParams(params);
  const [{ tickets, nextCursor }, contracts] = await Promise.all([
    listTickets(actor, query),
    listContracts(actor),
  ]);
  const filtered = Boolean(
    query.q || query.status?.length || query.priority?.length || query.type || query.contractId,
  );
  const nextHref = nextCursor
    ? `/tickets?${new URLSearchParams({ ...Object.fromEntries(Object.entries(params).filter((e): e is [string, string] => typeof e[1] === "string")), cursor: nextCursor })}`
    : null;

  return (
    <>
      <PageHeader
        title="Tickets"
        description="Your tickets and those on contracts you share with colleagues."
        actions={<NewTicketShortcuts />}
      />
      <form
        method="get"
        role="search"
        aria-label="Filter tickets"
        className="mb-5 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6"
      >
        <Field
          label="Search"
          name="q"
          type="search"
          defaultValue={query.q}
          placeholder="CS-000123 or words"
          error={problems.q && `Not searched for. ${problems.q}`}
          className="lg:col-span-2"
        />
        <SelectField
          label="Status"
          name="status"
          defaultValue={query.status?.[0] ?? ""}
          placeholder="Any status"
          options={Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }))}
        />
        <SelectField
          label="Priority"
          name="priority"
          defaultValue={query.priority?.[0] ?? ""}
          placeholder="Any priority"
          options={PRIORITIES.map(({ value, label }) => ({ value, label }))}
        />
        <SelectField
          label="Type"
          name="type"
          defaultValue={query.type ?? ""}
          placeholder="Any type"
          options={Object.entries(TYPE_LABELS).map(([value, label]) => ({ value, label }))}
        />
        <SelectField
          label="Contract"
          name="contract"
          defaultValue={query.contractId ?? ""}
          placeholder="Any contract"
          options={contracts.map((contract) => ({
            value: contract.id,
            label: `${contract.number} — ${contract.customerName}`,
          }))}
        />
        <SelectField
          label="Sort by"
          name="sort"
          defaultValue={query.sort ?? "updated"}
          options={[
            { value: "updated", label: "Recently updated" },
            { value: "created", label: "Newest" },
            { value: "oldest", label: "Oldest" },
          ]}
        />
        <div className="flex items-end gap-2 lg:col-span-5">
          <Button type="submit">Filter</Button>
          {filtered ? (
            <LinkButton href="/tickets" variant="ghost">
              Clear filters
            </LinkButton>
          ) : null}
        </div>
      </form>

      {tickets.length === 0 ? (
        <Card className="p-8 text-center">
          <p className="font-medium text-navy-900">
            {filtered ? "No tickets match these filters." : "No tickets yet."}
          </p>
          <p className="mt-1 text-sm text-slate-600">
            {filtered
              ? "Try other filters, or clear them."
              : "Open one with “New support request” or “New administrative request”."}
          </p>
        </Card>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Tickets</caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
              <tr>
                <th scope="col" className="px-4 py-3">
                  Ticket
                </th>
                <th scope="col" className="px-4 py-3">
                  Subject
                </th>
                <th scope="col" className="px-4 py-3">
                  Status
                </th>
                <th scope="col" className="px-4 py-3">
                  Priority
                </th>
                <th scope="col" className="px-4 py-3">
                  Product / contract
                </th>
                <th scope="col" className="px-4 py-3">
                  Requester
                </th>
                <th scope="col" className="px-4 py-3">
                  Updated
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {tickets.map((ticket) => (
                <tr key={ticket.id} className="hover:bg-slate-50">
                  <td className="px-4 py-3 font-mono whitespace-nowrap">
                    <Link
                      href={`/tickets/${ticket.id}`}
                      className="font-semibold text-navy-700 underline-offset-2 hover:underline"
                    >
                      {formatTicketNumber(ticket.number)}
                    </Link>
                  </td>
                  <td className="max-w-xs px-4 py-3">
                    <span className="line-clamp-2">{ticket.subject}</span>
                    <span className="text-xs text-slate-500">{TYPE_LABELS[ticket.type]}</span>
                  </td>
                  <td className="px-4 py-3">
                    <StatusBadge status={ticket.status} />
                  </td>
                  <td className="px-4 py-3">
                    <PriorityBadge priority={ticket.priority} />
                  </td>
                  <td className="px-4 py-3 text-slate-700">
                    {ticket.product ? (
                      <span className="block">{ticket.product}</span>
                    ) : (
                      <span className="text-slate-500">—</span>
                    )}
                    {ticket.contractNumber ? (
                      <span className="text-xs text-slate-500">{ticket.contractNumber}</span>
                    ) : null}
                  </td>
                  <td className="px-4 py-3 text-slate-700">{ticket.requesterName}</td>
                  <td className="px-4 py-3 whitespace-nowrap text-slate-600">
                    {formatDateTime(ticket.updatedAt)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label="Pages" className="mt-4 flex gap-2">
        {query.cursor ? (
          <LinkButton href="/tickets" variant="secondary">
            First page
          </LinkButton>
        ) : null}
        {nextHref ? (
          <LinkButton href={nextHref} variant="secondary">
            Next page
          </LinkButton>
        ) : null}
      </nav>
    </>
  );
}
