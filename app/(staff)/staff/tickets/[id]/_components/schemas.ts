import { z } from "zod";
import { msg } from "@/lib/i18n/message";
import { ticketPrioritySchema, ticketStatusSchema } from "@/lib/tickets/schemas";

// The side panel's "Assignment, priority, status" form: shared by the client and the action.

export const ticketIdSchema = z.uuid(msg("desk.errors.ticketNotFound"));

/** "" = nobody. */
const assigneeIdSchema = z.union([z.uuid(msg("desk.errors.chooseEngineer")), z.literal("")]);

const detailsShape = {
  assigneeId: assigneeIdSchema,
  priority: ticketPrioritySchema,
  status: ticketStatusSchema,
};

export const ticketDetailsSchema = z.object({
  ...detailsShape,
  /** The values the form was shown with (hidden fields): only what differs is saved. */
  shown: z.object(detailsShape, { error: msg("desk.errors.reloadAndRetry") }),
});
export type TicketDetailsFormInput = z.input<typeof ticketDetailsSchema>;
