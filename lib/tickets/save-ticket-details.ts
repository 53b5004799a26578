import type { TicketPriority, TicketStatus } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { DomainError, isDomainError } from "@/lib/errors";
import type { RequestContext } from "@/lib/http/request-context";
import { assignTicket } from "./assign-ticket";
import { changeTicketPriority } from "./change-ticket-priority";
import { changeTicketStatus } from "./change-ticket-status";
import { msg } from "@/lib/i18n/message";

export type TicketDetails = {
  /** null = nobody. */
  assigneeId: string | null;
  priority: TicketPriority;
  status: TicketStatus;
};

export type TicketDetailField = keyof TicketDetails;

const STEPS: Array<{
  field: TicketDetailField;
  run: (actor: Actor, ticketId: string, value: never, context: RequestContext) => Promise<void>;
}> = [
  { field: "assigneeId", run: assignTicket },
  { field: "priority", run: changeTicketPriority },
  { field: "status", run: changeTicketStatus },
];

/**
 * The side panel's one "Save": every value that differs from the one the form was shown with
 * goes through its own use case (assignee, then priority, then status), each its own
 * transaction, audit event and emails. A value left as shown is not touched, so a change
 * someone else made meanwhile is not undone. When a step fails the others still run, and what
 * was saved stays saved: the failures come back by field next to the saved fields. Only when
 * nothing could be saved does it throw, with every failure as a field error.
 */
export async function saveTicketDetails(
  actor: Actor,
  ticketId: string,
  input: { values: TicketDetails; shown: TicketDetails },
  context: RequestContext,
): Promise<{ saved: TicketDetailField[]; errors: Partial<Record<TicketDetailField, string>> }> {
  const saved: TicketDetailField[] = [];
  const errors: Partial<Record<TicketDetailField, string>> = {};
  for (const { field, run } of STEPS) {
    if (input.values[field] === input.shown[field]) continue;
    try {
      await run(actor, ticketId, input.values[field] as never, context);
      saved.push(field);
    } catch (error) {
      // Who may not see or change the ticket gets that one answer, not one per field.
      if (!isDomainError(error) || error.code === "not_found" || error.code === "forbidden")
        throw error;
      errors[field] = msg("errors.tickets.details.notSaved", { field, problem: error.message });
    }
  }
  if (!saved.length) {
    const failures = Object.entries(errors);
    throw new DomainError("invalid", {
      message: failures.length
        ? msg("errors.tickets.details.nothingSaved")
        : msg("errors.tickets.details.nothingToSave"),
      fieldErrors: failures.length
        ? Object.fromEntries(failures.map(([field, message]) => [field, [message]]))
        : undefined,
    });
  }
  return { saved, errors };
}
