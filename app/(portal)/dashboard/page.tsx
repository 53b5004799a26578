import type { Metadata } from "next";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { getFormatters } from "@/components/i18n/get-formatters";
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

// where each panel's "See all" leads
const MORE = {
  waiting: "/tickets?status=waiting_for_customer",
  open: "/tickets?status=open",
  recent: "/tickets",
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("portal.dashboard"))("title") };
}

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
  const t = useTranslations("portal.dashboard");
  return (
    <Card as="section" aria-labelledby={id}>
      <CardHeader
        id={id}
        title={title}
        level={2}
        actions={
          more && tickets.length ? <TextLink href={more}>{t("seeAll")}</TextLink> : undefined
        }
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
  const t = await getTranslations("portal.dashboard");
  const format = await getFormatters();

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("welcome", { name: actor.firstName })}
        actions={<NewTicketShortcuts />}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <TicketPanel
          id="waiting-heading"
          title={t("waiting.title")}
          empty={t("waiting.empty")}
          tickets={waiting.tickets}
          more={MORE.waiting}
        />
        <TicketPanel
          id="open-heading"
          title={t("open.title")}
          empty={t("open.empty")}
          tickets={open.tickets}
          more={MORE.open}
        />
        <TicketPanel
          id="recent-heading"
          title={t("recent.title")}
          empty={t("recent.empty")}
          tickets={recent.tickets}
          more={MORE.recent}
        />
        <Card as="section" aria-labelledby="expiring-heading">
          <CardHeader
            id="expiring-heading"
            title={t("expiring.title")}
            level={2}
            actions={<TextLink href="/contracts">{t("expiring.allContracts")}</TextLink>}
          />
          <CardBody>
            {expiring.length === 0 ? (
              <p className="text-sm text-slate-600">
                {contracts.length ? t("expiring.none") : t("expiring.noContracts")}
              </p>
            ) : (
              <ul className="flex flex-col gap-2 text-sm">
                {expiring.map((contract) => (
                  <li key={contract.id}>
                    {t.rich("expiring.item", {
                      customer: contract.customerName,
                      date: format.day(contract.validTo),
                      link: (chunks) => (
                        <TextLink href={`/contracts/${contract.id}`}>{chunks}</TextLink>
                      ),
                      number: contract.number,
                    })}
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
