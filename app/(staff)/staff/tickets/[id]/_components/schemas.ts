import { z } from "zod";
import { ticketPrioritySchema, ticketStatusSchema } from "@/lib/tickets/schemas";

// The side panel's one-select forms: shared by the client and the server actions.

export const ticketIdSchema = z.uuid("Ticket not found.");

export const assignSchema = z.object({
  /** "" = nobody. */
  assigneeId: z.union([z.uuid("Choose an engineer from the list."), z.literal("")]),
});

export const prioritySchema = z.object({ priority: ticketPrioritySchema });

export const statusSchema = z.object({ status: ticketStatusSchema });
