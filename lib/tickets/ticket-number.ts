/** CS-000123: the number customers and staff quote. */
export function formatTicketNumber(number: number): string {
  return `CS-${String(number).padStart(6, "0")}`;
}

/** "CS-000005 · VPN tunnel flaps": what a ticket's page is called (its <title>). */
export const ticketTitle = (ticket: { number: number; subject: string }) =>
  `${formatTicketNumber(ticket.number)} · ${ticket.subject}`;

/** Accepts "CS-000123", "cs-123" or "123"; null when it is not a ticket number. */
export function parseTicketNumber(text: string): number | null {
  const match = text.trim().match(/^(?:cs-?)?0*(\d{1,12})$/i);
  return match ? Number(match[1]) : null;
}
