import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { ProductCell } from "@/components/tickets/product-cell";
import { PriorityBadge, StatusBadge } from "@/components/tickets/ticket-badges";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { PriorityAndTypeFilters } from "@/components/tickets/ticket-filters";
import { Field, SelectField } from "@/components/ui/field";
import { FilterBar } from "@/components/ui/filter-bar";
import { KeysetPager, listHref } from "@/components/ui/keyset-pager";
import { TextLink } from "@/components/ui/text-link";
import { requireActor } from "@/lib/auth/actor";
import { listContracts } from "@/lib/contracts/list-contracts";
import { formatDateTime } from "@/lib/format";
import { listTickets, readTicketSearchParams } from "@/lib/tickets/list-tickets";
import { STATUS_LABELS, TYPE_LABELS } from "@/lib/tickets/priorities";
import { formatTicketNumber } from "@/lib/tickets/ticket-number";
import { NewTicketShortcuts } from "./_components/new-ticket-shortcuts";

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

  return (
    <>
      <PageHeader
        title="Tickets"
        description="Your tickets and those on contracts you share with colleagues."
        actions={<NewTicketShortcuts />}
      />
      <FilterBar
        action="/tickets"
        label="Filter tickets"
        clearHref={filtered ? "/tickets" : null}
        className="sm:grid-cols-2 lg:grid-cols-6"
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
        <PriorityAndTypeFilters priority={query.priority?.[0]} type={query.type} />
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
      </FilterBar>

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
          <DataTable
            caption="Tickets"
            cards
            rows={tickets}
            rowKey={(ticket) => ticket.id}
            columns={[
              {
                header: "Ticket",
                className: "font-mono whitespace-nowrap",
                headerClassName: "",
                cell: (ticket) => (
                  <TextLink href={`/tickets/${ticket.id}`}>
                    {formatTicketNumber(ticket.number)}
                  </TextLink>
                ),
              },
              {
                header: "Subject",
                className: "max-w-xs",
                cell: (ticket) => (
                  <>
                    <span className="line-clamp-2">{ticket.subject}</span>
                    <span className="text-xs text-slate-500">{TYPE_LABELS[ticket.type]}</span>
                  </>
                ),
              },
              { header: "Status", cell: (ticket) => <StatusBadge status={ticket.status} /> },
              {
                header: "Priority",
                cell: (ticket) => <PriorityBadge priority={ticket.priority} />,
              },
              {
                header: "Product / contract",
                cell: (ticket) => (
                  <ProductCell product={ticket.product} contract={ticket.contractNumber} />
                ),
              },
              { header: "Requester", cell: (ticket) => ticket.requesterName },
              {
                header: "Updated",
                className: "whitespace-nowrap",
                cell: (ticket) => formatDateTime(ticket.updatedAt),
              },
            ]}
          />
        </div>
      )}
      <KeysetPager
        firstHref={query.cursor ? "/tickets" : null}
        nextHref={nextCursor ? listHref("/tickets", { ...params, cursor: nextCursor }) : null}
        labels={{ next: "Next page" }}
      />
    </>
  );
}
