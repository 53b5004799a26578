import { z } from "zod";
import { TICKET_STATUSES, type TicketStatus } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { DomainError, isDomainError } from "@/lib/errors";
import type { RequestContext } from "@/lib/http/request-context";
import { logger } from "@/lib/logger";
import { assignTicket } from "./assign-ticket";
import { changeTicketStatus } from "./change-ticket-status";
import { assertTicketPermission } from "./policy";
import { msg } from "@/lib/i18n/message";

export const BULK_UPDATE_LIMIT = 100;

export const bulkUpdateSchema = z
  .object({
    ticketIds: z
      .array(z.uuid(msg("errors.tickets.bulk.chooseTickets")))
      .min(1, msg("errors.tickets.bulk.selectAtLeastOne"))
      .max(BULK_UPDATE_LIMIT, msg("errors.tickets.bulk.selectAtMost", { max: BULK_UPDATE_LIMIT })),
    /** null unassigns; undefined leaves the assignee as it is. */
    assigneeId: z.uuid(msg("errors.tickets.bulk.chooseEngineer")).nullable().optional(),
    status: z
      .enum(TICKET_STATUSES, { error: msg("errors.tickets.chooseStatusFromList") })
      .optional(),
  })
  .refine((input) => input.assigneeId !== undefined || input.status !== undefined, {
    message: msg("errors.tickets.bulk.chooseAssigneeOrStatus"),
    path: ["form"],
  });
export type BulkUpdateInput = {
  ticketIds: string[];
  assigneeId?: string | null;
  status?: TicketStatus;
};

export type BulkUpdateResult = {
  updated: number;
  failed: Array<{ ticketId: string; message: string }>;
};

/**
 * Assigns and/or moves the status of up to 100 tickets, one ticket at a time through the
 * same use cases as the ticket page: each ticket is its own transaction with its own audit
 * event and emails, so one refused ticket does not undo the others. When both are asked,
 * the assignment runs first; a ticket counts as failed if either step fails.
 */
export async function bulkUpdateTickets(
  actor: Actor,
  input: BulkUpdateInput,
  context: RequestContext,
): Promise<BulkUpdateResult> {
  assertTicketPermission(actor, "bulk_update");
  const parsed = bulkUpdateSchema.safeParse(input);
  if (!parsed.success) {
    throw new DomainError("invalid", {
      message: parsed.error.issues[0]?.message ?? msg("errors.tickets.bulk.invalidSelection"),
    });
  }
  const { assigneeId, status } = parsed.data;
  // Checked up front so a forbidden role gets one answer, not a hundred failures.
  if (assigneeId !== undefined) assertTicketPermission(actor, "assign");
  if (status !== undefined) assertTicketPermission(actor, "change_status");

  const result: BulkUpdateResult = { updated: 0, failed: [] };
  for (const ticketId of new Set(parsed.data.ticketIds)) {
    try {
      if (assigneeId !== undefined) await assignTicket(actor, ticketId, assigneeId, context);
      if (status !== undefined) await changeTicketStatus(actor, ticketId, status, context);
      result.updated++;
    } catch (error) {
      result.failed.push({ ticketId, message: failureMessage(error) });
    }
  }
  return result;
}

function failureMessage(error: unknown): string {
  if (isDomainError(error)) return error.message;
  logger.error({ err: error }, "bulk ticket update failed");
  return msg("errors.tickets.bulk.failed");
}
