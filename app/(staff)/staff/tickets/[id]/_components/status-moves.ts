import { TICKET_STATUSES, type TicketStatus } from "@/lib/enums";

/**
 * Where staff may move a ticket: any other status but back to "new" (changeTicketStatus is
 * the authority; this keeps impossible moves out of the select).
 */
export const staffStatusMoves = (current: TicketStatus): TicketStatus[] =>
  TICKET_STATUSES.filter((status) => status !== current && status !== "new");
