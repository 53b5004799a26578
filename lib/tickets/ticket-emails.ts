import type { DbOrTx } from "@/db/client";
import { appEnv } from "@/lib/env";
import { sendActionEmail } from "@/lib/mail/send-action-email";
import { formatTicketNumber } from "./ticket-number";

// Ticket notifications carry the ticket's number, subject, the one change and a link: never
// the conversation, which the recipient reads in the portal where access is checked.

type Recipient = { email: string; firstName: string };
type TicketRef = { id: string; number: number; subject: string };

export const ticketUrl = (ticketId: string) => `${appEnv.appUrl()}/tickets/${ticketId}`;

export function sendTicketCreatedEmail(tx: DbOrTx, to: Recipient, ticket: TicketRef) {
  const number = formatTicketNumber(ticket.number);
  return sendActionEmail(tx, to.email, {
    subject: `[${number}] We received your ticket: ${ticket.subject}`,
    preview: `Ticket ${number} is registered.`,
    heading: `Ticket ${number} is registered`,
    paragraphs: [
      `Hello ${to.firstName}, thank you — we received your ticket “${ticket.subject}”.`,
      "A CLICO support engineer will answer in the portal; we will email you when they do.",
    ],
    action: { label: "Open the ticket", url: ticketUrl(ticket.id) },
  });
}

export function sendTicketUpdateEmail(
  tx: DbOrTx,
  to: Recipient,
  ticket: TicketRef,
  update: { headline: string; body?: string },
) {
  const number = formatTicketNumber(ticket.number);
  return sendActionEmail(tx, to.email, {
    subject: `[${number}] ${update.headline}: ${ticket.subject}`,
    preview: `${update.headline} on ticket ${number}.`,
    heading: `${update.headline} — ${number}`,
    paragraphs: [`Hello ${to.firstName},`, ...(update.body ? [update.body] : [])],
    action: { label: "Open the ticket", url: ticketUrl(ticket.id) },
    footnote: "Reply in the portal, not to this email.",
  });
}

/** To a colleague a customer added as a follower (CC): what they will get, and the link. */
export function sendFollowerAddedEmail(
  tx: DbOrTx,
  to: Recipient,
  ticket: TicketRef,
  addedBy: string,
) {
  const number = formatTicketNumber(ticket.number);
  return sendActionEmail(tx, to.email, {
    subject: `[${number}] ${addedBy} added you as a follower: ${ticket.subject}`,
    preview: `You now follow ticket ${number}.`,
    heading: `You now follow ticket ${number}`,
    paragraphs: [
      `Hello ${to.firstName}, ${addedBy} added you as a follower of the ticket “${ticket.subject}”.`,
      "You will get its emails too: replies from CLICO support and changes of its status. Anyone following the ticket can take you off it on the ticket page.",
    ],
    action: { label: "Open the ticket", url: ticketUrl(ticket.id) },
  });
}
