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

// "Update Additional Information from this file": the file, then the changes accepted.

const attachmentIdSchema = z.uuid(msg("errors.debugFiles.chooseFile"));

export const proposeFromFileSchema = z.object({ attachmentId: attachmentIdSchema });

export const applyFromFileSchema = z.object({
  attachmentId: attachmentIdSchema,
  // one ticked box posts a string, several a list
  keys: z
    .union([z.string(), z.array(z.string())], { error: msg("errors.debugFiles.chooseChange") })
    .transform((keys) => [keys].flat())
    .pipe(z.array(z.string().max(100)).min(1, msg("errors.debugFiles.chooseChange")).max(100)),
});
