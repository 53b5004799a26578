import type { Metadata } from "next";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/shell/page-header";
import { navFor } from "@/components/shell/navigation";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { requireStaff } from "@/lib/auth/actor";
import { roleLabels } from "@/lib/auth/roles";
import { formatDateTime } from "@/lib/format";
import type { QueueItem } from "@/lib/tickets/list-queue";
import { ticketScope } from "@/lib/tickets/policy";
import { staffDashboard } from "@/lib/tickets/staff-dashboard";
import { formatTicketNumber } from "@/lib/tickets/ticket-number";
import { queueHref } from "./queue/queue-href";
import type { QueueView } from "@/lib/tickets/queue-query";

export const metadata: Metadata = { title: "Dashboard" };

function TicketList({
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
  detail: (ticket: QueueItem) => ReactNode;
}) {
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
                  {formatTicketNumber(ticket.number)} · {detail(ticket)}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">{empty}</p>
        )}
        <p className="mt-4 text-sm">
          <TextLink href={queueHref({ view })}>
            {list.more ? "More in the queue" : "Open in the queue"}
            <span className="sr-only"> ({title})</span>
          </TextLink>
        </p>
      </CardBody>
    </Card>
  );
}

export default async function StaffHomePage() {
  const actor = await requireStaff();
  const header = (
    <PageHeader
      title="Dashboard"
      description={`${roleLabels[actor.role]} workspace. Welcome, ${actor.firstName}.`}
    />
  );
  // The orders team works contracts, not tickets: their areas.
  if (!ticketScope(actor, "queue")) {
    const areas = navFor(actor.role).filter((entry) => entry.href !== "/staff");
    return (
      <>
        {header}
        <Card>
          <CardHeader title="Your areas" level={2} />
          <CardBody>
            <ul className="flex flex-col gap-2">
              {areas.map((area) => (
                <li key={area.href}>
                  <TextLink href={area.href}>{area.label}</TextLink>
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
          title="My open tickets"
          view="mine"
          list={mine}
          empty="No open tickets are assigned to you."
          detail={(ticket) => `updated ${formatDateTime(ticket.updatedAt)}`}
        />
        <TicketList
          title="Unassigned"
          view="unassigned"
          list={unassigned}
          empty="Every open ticket has an engineer."
          detail={(ticket) =>
            `${ticket.requesterCompany}, since ${formatDateTime(ticket.createdAt)}`
          }
        />
        <TicketList
          title="SLA at risk"
          view="sla"
          list={atRisk}
          empty="No ticket is breaching its SLA or due within 2 hours."
          detail={(ticket) => {
            const due = ticket.firstRespondedAt
              ? ticket.resolutionDueAt
              : ticket.firstResponseDueAt;
            return due ? `due ${formatDateTime(due)}` : "due now";
          }}
        />
        <Card as="section" aria-labelledby="replies-heading">
          <CardHeader title="Latest customer replies" level={2} id="replies-heading" />
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
                      {formatTicketNumber(reply.number)} · {reply.authorName},{" "}
                      {formatDateTime(reply.createdAt)}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-600">No customer has replied yet.</p>
            )}
          </CardBody>
        </Card>
      </div>
    </>
  );
}
