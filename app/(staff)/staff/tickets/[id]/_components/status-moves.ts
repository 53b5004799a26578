import { ticketStatus, type TicketStatus } from "@/db/schema";

/**
 * Where staff may move a ticket: any other status but back to "new" (changeTicketStatus is
 * the authority; this keeps impossible moves out of the select).
 */
export const staffStatusMoves = (current: TicketStatus): TicketStatus[] =>
  ticketStatus.enumValues.filter((status) => status !== current && status !== "new");
