import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/shell/page-header";
import { PriorityBadge, StatusBadge } from "@/components/tickets/ticket-badges";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { redirect } from "next/navigation";
import { isStaff, requireActor } from "@/lib/auth/actor";
import { listContracts } from "@/lib/contracts/list-contracts";
import { listTickets, type TicketListItem } from "@/lib/tickets/list-tickets";
import { formatTicketNumber } from "@/lib/tickets/ticket-number";
import { NewTicketShortcuts } from "../tickets/_components/new-ticket-shortcuts";
import { formatDay } from "@/lib/format";

export const metadata: Metadata = { title: "Dashboard" };

function TicketPanel({
  id,
  title,
  empty,
  tickets,
  more,
}: {
  id: string;
  title: string;
  empty: string;
  tickets: TicketListItem[];
  more?: string;
}) {
  return (
    <Card as="section" aria-labelledby={id}>
      <CardHeader
        id={id}
        title={title}
        level={2}
        actions={more && tickets.length ? <TextLink href={more}>See all</TextLink> : undefined}
      />
      <CardBody>
        {tickets.length === 0 ? (
          <p className="text-sm text-slate-600">{empty}</p>
        ) : (
          <ul className="flex flex-col divide-y divide-slate-100">
            {tickets.map((ticket) => (
              <li
                key={ticket.id}
                className="flex flex-wrap items-center justify-between gap-2 py-2"
              >
                <Link
                  href={`/tickets/${ticket.id}`}
                  className="min-w-0 flex-1 text-sm text-navy-800 underline-offset-2 hover:underline"
                >
                  <span className="font-mono font-semibold">
                    {formatTicketNumber(ticket.number)}
                  </span>{" "}
                  {ticket.subject}
                </Link>
                <span className="flex gap-1.5">
                  <StatusBadge status={ticket.status} />
                  <PriorityBadge priority={ticket.priority} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </CardBody>
    </Card>
  );
}

export default async function DashboardPage() {
  const actor = await requireActor();
  // Pages render alongside their layout: don't let staff reach the customer queries at all.
  if (isStaff(actor)) redirect("/staff");
  const [waiting, open, recent, contracts] = await Promise.all([
    listTickets(actor, { status: ["waiting_for_customer"], limit: 5 }),
    listTickets(actor, { status: ["new", "open"], limit: 5 }),
    listTickets(actor, { limit: 5 }),
    listContracts(actor),
  ]);
  const expiring = contracts.filter((contract) => contract.status === "expiring");

  return (
    <>
      <PageHeader
        title="Dashboard"
        description={`Welcome, ${actor.firstName}.`}
        actions={<NewTicketShortcuts />}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <TicketPanel
          id="waiting-heading"
          title="Waiting for you"
          empty="Nothing is waiting for your answer."
          tickets={waiting.tickets}
          more="/tickets?status=waiting_for_customer"
        />
        <TicketPanel
          id="open-heading"
          title="Open tickets"
          empty="No open tickets."
          tickets={open.tickets}
          more="/tickets?status=open"
        />
        <TicketPanel
          id="recent-heading"
          title="Recently updated"
          empty="No tickets yet. Use the icons at the top right to open one."
          tickets={recent.tickets}
          more="/tickets"
        />
        <Card as="section" aria-labelledby="expiring-heading">
          <CardHeader
            id="expiring-heading"
            title="Contracts expiring soon"
            level={2}
            actions={<TextLink href="/contracts">All contracts</TextLink>}
          />
          <CardBody>
            {expiring.length === 0 ? (
              <p className="text-sm text-slate-600">
                {contracts.length
                  ? "None of your contracts expires within 30 days."
                  : "No contracts yet: use “Register contract”."}
              </p>
            ) : (
              <ul className="flex flex-col gap-2 text-sm">
                {expiring.map((contract) => (
                  <li key={contract.id}>
                    <TextLink href={`/contracts/${contract.id}`}>{contract.number}</TextLink> —{" "}
                    {contract.customerName}, valid to {formatDay(contract.validTo)}
                  </li>
                ))}
              </ul>
            )}
          </CardBody>
        </Card>
      </div>
    </>
  );
}
