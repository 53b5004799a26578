import { z } from "zod";
import { ticketPrioritySchema, ticketStatusSchema } from "@/lib/tickets/schemas";

// The side panel's "Assignment, priority, status" form: shared by the client and the action.

export const ticketIdSchema = z.uuid("Ticket not found.");

/** "" = nobody. */
const assigneeIdSchema = z.union([z.uuid("Choose an engineer from the list."), z.literal("")]);

const detailsShape = {
  assigneeId: assigneeIdSchema,
  priority: ticketPrioritySchema,
  status: ticketStatusSchema,
};

export const ticketDetailsSchema = z.object({
  ...detailsShape,
  /** The values the form was shown with (hidden fields): only what differs is saved. */
  shown: z.object(detailsShape, { error: "Reload the page and try again." }),
});
export type TicketDetailsFormInput = z.input<typeof ticketDetailsSchema>;
