import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getFormatters } from "@/components/i18n/get-formatters";
import { getMessageText } from "@/components/i18n/message-text";
import { PageHeader } from "@/components/shell/page-header";
import { ProductCell } from "@/components/tickets/product-cell";
import { PriorityBadge, StatusBadge } from "@/components/tickets/ticket-badges";
import { Card } from "@/components/ui/card";
import { DataTable, type Column } from "@/components/ui/data-table";
import { PriorityAndTypeFilters } from "@/components/tickets/ticket-filters";
import { Field, SelectField } from "@/components/ui/field";
import { FilterBar } from "@/components/ui/filter-bar";
import { KeysetPager, listHref } from "@/components/ui/keyset-pager";
import { TextLink } from "@/components/ui/text-link";
import { requireActor } from "@/lib/auth/actor";
import { listContracts } from "@/lib/contracts/list-contracts";
import {
  listTickets,
  readTicketSearchParams,
  type TicketListItem,
} from "@/lib/tickets/list-tickets";
import { TICKET_STATUSES } from "@/lib/enums";
import { formatTicketNumber } from "@/lib/tickets/ticket-number";
import { NewTicketShortcuts } from "./_components/new-ticket-shortcuts";

const LIST = "/tickets";
const SORTS = ["updated", "created", "oldest"] as const;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("portal.tickets"))("title") };
}

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
  const t = await getTranslations("portal.tickets");
  const enums = await getTranslations("enums");
  const format = await getFormatters();
  const messageText = await getMessageText();
  const columns: Array<Column<TicketListItem>> = [
    {
      header: t("columns.ticket"),
      className: "font-mono whitespace-nowrap",
      headerClassName: "",
      cell: (ticket) => (
        <TextLink href={`/tickets/${ticket.id}`}>{formatTicketNumber(ticket.number)}</TextLink>
      ),
    },
    {
      header: t("columns.subject"),
      className: "max-w-xs",
      cell: (ticket) => (
        <>
          <span className="line-clamp-2">{ticket.subject}</span>
          <span className="text-xs text-slate-500">{enums(`type.${ticket.type}`)}</span>
        </>
      ),
    },
    { header: t("columns.status"), cell: (ticket) => <StatusBadge status={ticket.status} /> },
    {
      header: t("columns.priority"),
      cell: (ticket) => <PriorityBadge priority={ticket.priority} />,
    },
    {
      header: t("columns.productContract"),
      cell: (ticket) => <ProductCell product={ticket.product} contract={ticket.contractNumber} />,
    },
    { header: t("columns.requester"), cell: (ticket) => ticket.requesterName },
    {
      header: t("columns.updated"),
      className: "whitespace-nowrap",
      cell: (ticket) => format.dateTime(ticket.updatedAt),
    },
  ];
  const sortOptions = SORTS.map((value) => ({ value, label: enums(`queueSort.${value}`) }));
  const firstHref = query.cursor ? LIST : null;
  const nextHref = nextCursor ? listHref(LIST, { ...params, cursor: nextCursor }) : null;

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={<NewTicketShortcuts />}
      />
      <FilterBar
        action={LIST}
        label={t("filterLabel")}
        clearHref={filtered ? LIST : null}
        className="sm:grid-cols-2 lg:grid-cols-6"
      >
        <Field
          label={t("search")}
          name="q"
          type="search"
          defaultValue={query.q}
          placeholder={t("searchPlaceholder")}
          error={problems.q && t("notSearched", { problem: messageText(problems.q) })}
          className="lg:col-span-2"
        />
        <SelectField
          label={t("status")}
          name="status"
          defaultValue={query.status?.[0] ?? ""}
          placeholder={t("anyStatus")}
          options={TICKET_STATUSES.map((value) => ({ value, label: enums(`status.${value}`) }))}
        />
        <PriorityAndTypeFilters priority={query.priority?.[0]} type={query.type} />
        <SelectField
          label={t("contract")}
          name="contract"
          defaultValue={query.contractId ?? ""}
          placeholder={t("anyContract")}
          options={contracts.map((contract) => ({
            value: contract.id,
            label: t("contractOption", {
              number: contract.number,
              customer: contract.customerName,
            }),
          }))}
        />
        <SelectField
          label={t("sortBy")}
          name="sort"
          defaultValue={query.sort ?? SORTS[0]}
          options={sortOptions}
        />
      </FilterBar>

      {tickets.length === 0 ? (
        <Card className="p-8 text-center">
          <p className="font-medium text-navy-900">{filtered ? t("noMatch") : t("noTickets")}</p>
          <p className="mt-1 text-sm text-slate-600">
            {filtered ? t("tryOtherFilters") : t("openOne")}
          </p>
        </Card>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <DataTable
            caption={t("caption")}
            cards
            rows={tickets}
            rowKey={(ticket) => ticket.id}
            columns={columns}
          />
        </div>
      )}
      <KeysetPager firstHref={firstHref} nextHref={nextHref} labels={{ next: t("nextPage") }} />
    </>
  );
}
