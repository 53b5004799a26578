import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/shell/page-header";
import { navFor } from "@/components/shell/navigation";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { requireStaff } from "@/lib/auth/actor";
import { getFormatters } from "@/components/i18n/get-formatters";
import type { QueueItem } from "@/lib/tickets/list-queue";
import { ticketScope } from "@/lib/tickets/policy";
import { staffDashboard } from "@/lib/tickets/staff-dashboard";
import { formatTicketNumber } from "@/lib/tickets/ticket-number";
import { queueHref } from "./queue/queue-href";
import type { QueueView } from "@/lib/tickets/queue-query";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("desk.home"))("title") };
}

async function TicketList({
  title,
  view,
  list,
  empty,
  detail,
}: {
  title: string;
  view: QueueView;
  list: { items: QueueItem[]; more: boolean };
  empty: string;
  detail: (ticket: QueueItem) => string;
}) {
  const t = await getTranslations("desk.home");
  return (
    <Card as="section" aria-labelledby={`${view}-heading`}>
      <CardHeader title={title} level={2} id={`${view}-heading`} />
      <CardBody>
        {list.items.length ? (
          <ul className="flex flex-col gap-3">
            {list.items.map((ticket) => (
              <li key={ticket.id} className="flex min-w-0 flex-col">
                <TextLink href={`/staff/tickets/${ticket.id}`} className="line-clamp-2">
                  {ticket.subject}
                </TextLink>
                <span className="text-xs text-slate-600">
                  {t("line", { number: formatTicketNumber(ticket.number), detail: detail(ticket) })}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">{empty}</p>
        )}
        <p className="mt-4 text-sm">
          <TextLink href={queueHref({ view })}>
            {list.more ? t("more") : t("open")}
            <span className="sr-only"> ({title})</span>
          </TextLink>
        </p>
      </CardBody>
    </Card>
  );
}

export default async function StaffHomePage() {
  const actor = await requireStaff();
  const [t, enums, shell, format] = await Promise.all([
    getTranslations("desk.home"),
    getTranslations("enums"),
    getTranslations("shell.nav"),
    getFormatters(),
  ]);
  const header = (
    <PageHeader
      title={t("title")}
      description={t("description", {
        role: enums(`role.${actor.role}`),
        firstName: actor.firstName,
      })}
    />
  );
  // The orders team works contracts, not tickets: their areas.
  if (!ticketScope(actor, "queue")) {
    const areas = navFor(actor.role).filter((entry) => entry.href !== "/staff");
    return (
      <>
        {header}
        <Card>
          <CardHeader title={t("areas")} level={2} />
          <CardBody>
            <ul className="flex flex-col gap-2">
              {areas.map((area) => (
                <li key={area.href}>
                  <TextLink href={area.href}>{shell(area.key)}</TextLink>
                </li>
              ))}
            </ul>
          </CardBody>
        </Card>
      </>
    );
  }

  const { mine, unassigned, atRisk, replies } = await staffDashboard(actor);
  return (
    <>
      {header}
      <div className="grid gap-6 lg:grid-cols-2">
        <TicketList
          title={t("mine.title")}
          view="mine"
          list={mine}
          empty={t("mine.empty")}
          detail={(ticket) => t("mine.detail", { at: format.dateTime(ticket.updatedAt) })}
        />
        <TicketList
          title={t("unassigned.title")}
          view="unassigned"
          list={unassigned}
          empty={t("unassigned.empty")}
          detail={(ticket) =>
            t("unassigned.detail", {
              company: ticket.requesterCompany,
              at: format.dateTime(ticket.createdAt),
            })
          }
        />
        <TicketList
          title={t("sla.title")}
          view="sla"
          list={atRisk}
          empty={t("sla.empty")}
          detail={(ticket) => {
            const due = ticket.firstRespondedAt
              ? ticket.resolutionDueAt
              : ticket.firstResponseDueAt;
            return due ? t("sla.due", { at: format.dateTime(due) }) : t("sla.dueNow");
          }}
        />
        <Card as="section" aria-labelledby="replies-heading">
          <CardHeader title={t("replies.title")} level={2} id="replies-heading" />
          <CardBody>
            {replies.length ? (
              <ul className="flex flex-col gap-3">
                {replies.map((reply) => (
                  <li
                    key={`${reply.ticketId}-${reply.createdAt.toISOString()}`}
                    className="flex min-w-0 flex-col"
                  >
                    <TextLink href={`/staff/tickets/${reply.ticketId}`} className="line-clamp-2">
                      {reply.subject}
                    </TextLink>
                    <span className="text-xs text-slate-600">
                      {t("replies.detail", {
                        number: formatTicketNumber(reply.number),
                        author: reply.authorName,
                        at: format.dateTime(reply.createdAt),
                      })}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-600">{t("replies.empty")}</p>
            )}
          </CardBody>
        </Card>
      </div>
    </>
  );
}
