import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
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
import {
  isFiltered,
  QUEUE_SORTS,
  QUEUE_VIEW_STATUSES,
  QUEUE_VIEWS,
  readQueueSearchParams,
  type QueueQuery,
} from "@/lib/tickets/queue-query";
import { formatTicketNumber, parseTicketNumber } from "@/lib/tickets/ticket-number";
import { vendorLabel, vendorOptionsIn } from "@/lib/vendors";
import { bulkUpdateTicketsAction } from "./actions";
import { queueHref } from "./queue-href";
import { QueueTable, type QueueRow } from "./_components/queue-table";
import { slaSummary } from "./_components/sla-summary";
import { NewTicketsNotice } from "./_components/new-tickets-notice";
import { backgroundPollSeconds } from "@/lib/http/background-poll";
import { getFormatters } from "@/components/i18n/get-formatters";
import { getMessageText, getTranslate } from "@/components/i18n/message-text";

const QUEUE_PATH = "/staff/queue";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("desk.queue"))("title") };
}

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
  const [t, enums, text, words, format, locale] = await Promise.all([
    getTranslations("desk.queue"),
    getTranslations("enums"),
    getMessageText(),
    getTranslate(),
    getFormatters(),
    getLocale(),
  ]);
  const ignored = (problem: string | undefined) =>
    problem && t("notSearched", { problem: text(problem) });
  const viewLabel = (view: QueueQuery["view"]) => enums(`queueView.${view}`);
  const filtered = isFiltered(query);
  const viewStatuses = QUEUE_VIEW_STATUSES[query.view];
  const now = new Date();
  const rows: QueueRow[] = tickets.map((ticket) => ({
    id: ticket.id,
    number: formatTicketNumber(ticket.number),
    subject: ticket.subject,
    typeLabel: enums(`type.${ticket.type}`),
    status: ticket.status,
    priority: ticket.priority,
    requesterName: ticket.requesterName,
    requesterCompany: ticket.requesterCompany,
    contract: ticket.contractNumber,
    product: ticket.product
      ? `${ticket.vendor ? `${vendorLabel(words, ticket.vendor)} ` : ""}${ticket.product}`
      : null,
    assigneeName: ticket.assigneeName,
    updated: format.dateTime(ticket.updatedAt),
    sla: slaSummary(ticket, now, locale),
  }));
  // Tabs keep the filters; a new view starts at its first page.
  const { cursor: _cursor, ...withoutCursor } = query;
  const me = staff.find((user) => user.id === actor.id);
  const staffChoices = me ? [me, ...staff.filter((user) => user.id !== actor.id)] : staff;

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <nav aria-label={t("viewsLabel")} className="mb-4 border-b border-slate-200">
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
                  {viewLabel(view)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      <FilterBar
        action={QUEUE_PATH}
        label={t("filterLabel")}
        clearHref={filtered ? queueHref({ view: query.view, sort: query.sort }) : null}
        actions={
          // A plain link: the file comes from a route handler, not a page to navigate to.
          <a
            href={`/api/staff/queue/export${queueHref(withoutCursor).slice(QUEUE_PATH.length)}`}
            download
            className={buttonClasses({ variant: "secondary", className: "ml-auto" })}
          >
            {t("exportCsv")}
          </a>
        }
      >
        <input type="hidden" name="view" value={query.view} />
        <Field
          label={t("search")}
          name="q"
          type="search"
          defaultValue={query.q}
          placeholder={t("searchPlaceholder")}
          hint={t("searchHint")}
          error={ignored(problems.q)}
          className="lg:col-span-2"
        />
        {viewStatuses.length > 1 ? (
          <SelectField
            label={t("status")}
            name="status"
            defaultValue={query.status[0] ?? ""}
            placeholder={t("anyStatus")}
            hint={t("statusHint", { view: viewLabel(query.view) })}
            error={ignored(problems.status)}
            options={viewStatuses.map((value) => ({
              value,
              label: enums(`staffStatus.${value}`),
            }))}
          />
        ) : null}
        <PriorityAndTypeFilters priority={query.priority[0]} type={query.type} />
        <SelectField
          label={t("vendor")}
          name="vendor"
          defaultValue={query.vendor ?? ""}
          placeholder={t("anyVendor")}
          options={vendorOptionsIn(words)}
        />
        <Field
          label={t("company")}
          name="company"
          defaultValue={query.company}
          placeholder={t("companyPlaceholder")}
          error={ignored(problems.company)}
        />
        <Field
          label={t("contract")}
          name="contract"
          defaultValue={query.contract}
          placeholder={t("contractPlaceholder")}
          error={ignored(problems.contract)}
        />
        <SelectField
          label={t("assignee")}
          name="assignee"
          defaultValue={query.assignee ?? ""}
          placeholder={t("anyone")}
          options={[
            { value: "none", label: t("unassigned") },
            ...staffChoices.map((user) => ({
              value: user.id,
              label: user.id === actor.id ? t("me", { name: user.name }) : user.name,
            })),
          ]}
        />
        <SelectField
          label={t("sortBy")}
          name="sort"
          defaultValue={query.sort}
          options={QUEUE_SORTS.map((value) => ({ value, label: enums(`queueSort.${value}`) }))}
        />
      </FilterBar>
      <NewTicketsNotice since={now.toISOString()} pollSeconds={backgroundPollSeconds()} />
      {query.q && query.view !== "all" ? (
        <p className="mb-4 text-sm text-slate-700">
          {t("matchesIn", { view: viewLabel(query.view) })}{" "}
          <TextLink href={queueHref({ ...withoutCursor, view: "all", status: [] })}>
            {t("searchAll", { q: query.q })}
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
              {filtered ? t("noMatch") : query.cursor ? t("noMore") : t(`empty.${query.view}`)}
            </p>
            <p className="mt-1 text-sm text-slate-600">
              {filtered ? t("tryOther") : t("otherViews")}
            </p>
          </Card>
        }
      />
      <KeysetPager
        firstHref={query.cursor ? queueHref(withoutCursor) : null}
        nextHref={nextCursor ? queueHref({ ...query, cursor: nextCursor }) : null}
        labels={{ next: t("nextPage") }}
      />
    </>
  );
}
