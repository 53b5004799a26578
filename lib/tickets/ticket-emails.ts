import type { DbOrTx } from "@/db/client";
import type { TicketStatus } from "@/db/schema";
import { appEnv } from "@/lib/env";
import { recipientLocale, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { sendActionEmail } from "@/lib/mail/send-action-email";
import { autoCloseDays } from "./auto-close";
import { formatTicketNumber } from "./ticket-number";

// Ticket notifications carry the ticket's number, subject, the one change and a link: never
// the conversation, which the recipient reads in the portal where access is checked. Each is
// in the recipient's language (recipientLocale: the one on their account, else English).

type Recipient = { email: string; firstName: string; locale?: Locale | null };
type TicketRef = { id: string; number: number; subject: string };

/** What changed, for the requester and followers: a staff reply, a new status, or both. */
export type TicketUpdate =
  | { kind: "reply" }
  | { kind: "replyAndStatus"; status: TicketStatus }
  | { kind: "status"; status: TicketStatus };

export const ticketUrl = (ticketId: string) => `${appEnv.appUrl()}/tickets/${ticketId}`;

const wordsFor = (to: Recipient) => {
  const locale = recipientLocale(to);
  return {
    locale,
    t: translatorFor(locale, "emails"),
    // the customer's words for a status ("Waiting for you")
    status: (status: TicketStatus) => translatorFor(locale, "enums")(`status.${status}`),
  };
};

export function sendTicketCreatedEmail(tx: DbOrTx, to: Recipient, ticket: TicketRef) {
  const { locale, t } = wordsFor(to);
  const number = formatTicketNumber(ticket.number);
  return sendActionEmail(tx, to.email, {
    locale,
    subject: t("tickets.created.subject", { number, subject: ticket.subject }),
    preview: t("tickets.created.preview", { number }),
    heading: t("tickets.created.heading", { number }),
    paragraphs: [
      t("tickets.created.body", { firstName: to.firstName, subject: ticket.subject }),
      t("tickets.created.next"),
    ],
    action: { label: t("tickets.openTicket"), url: ticketUrl(ticket.id) },
  });
}

/** What the requester and followers read in the email for each new status ("" for New). */
function statusBody(t: ReturnType<typeof wordsFor>["t"], status: TicketStatus): string {
  switch (status) {
    case "open":
      return t("tickets.statusBody.open");
    case "waiting_for_customer":
      return t("tickets.statusBody.waitingForCustomer");
    case "resolved":
      return t("tickets.statusBody.resolved", { days: autoCloseDays() });
    case "closed":
      return t("tickets.statusBody.closed");
    case "new":
      return "";
  }
}

export function sendTicketUpdateEmail(
  tx: DbOrTx,
  to: Recipient,
  ticket: TicketRef,
  update: TicketUpdate,
) {
  const { locale, t, status } = wordsFor(to);
  const number = formatTicketNumber(ticket.number);
  const headline =
    update.kind === "reply"
      ? t("tickets.update.reply")
      : update.kind === "replyAndStatus"
        ? t("tickets.update.replyAndStatus", { status: status(update.status) })
        : t("tickets.update.status", { status: status(update.status) });
  const body =
    update.kind === "reply"
      ? t("tickets.update.replyBody")
      : update.kind === "replyAndStatus"
        ? t("tickets.update.replyAndStatusBody", {
            status: status(update.status),
            statusBody: statusBody(t, update.status),
          })
        : statusBody(t, update.status);
  return sendActionEmail(tx, to.email, {
    locale,
    subject: t("tickets.update.subject", { number, headline, subject: ticket.subject }),
    preview: t("tickets.update.preview", { number, headline }),
    heading: t("tickets.update.heading", { number, headline }),
    paragraphs: [
      t("tickets.update.greeting", { firstName: to.firstName }),
      ...(body ? [body] : []),
    ],
    action: { label: t("tickets.openTicket"), url: ticketUrl(ticket.id) },
    footnote: t("tickets.update.footnote"),
  });
}

/** To a colleague a customer added as a follower (CC): what they will get, and the link. */
export function sendFollowerAddedEmail(
  tx: DbOrTx,
  to: Recipient,
  ticket: TicketRef,
  addedBy: string,
) {
  const { locale, t } = wordsFor(to);
  const number = formatTicketNumber(ticket.number);
  return sendActionEmail(tx, to.email, {
    locale,
    subject: t("tickets.followerAdded.subject", { number, addedBy, subject: ticket.subject }),
    preview: t("tickets.followerAdded.preview", { number }),
    heading: t("tickets.followerAdded.heading", { number }),
    paragraphs: [
      t("tickets.followerAdded.body", {
        firstName: to.firstName,
        addedBy,
        subject: ticket.subject,
      }),
      t("tickets.followerAdded.what"),
    ],
    action: { label: t("tickets.openTicket"), url: ticketUrl(ticket.id) },
  });
}
