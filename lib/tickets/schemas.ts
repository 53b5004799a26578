import { z } from "zod";
import { TICKET_PRIORITIES, TICKET_STATUSES, TICKET_TYPES } from "@/lib/enums";
import { cursorParam } from "@/lib/pagination/search-params";
import { plainText } from "@/lib/validation/plain-text";
import { formBoolean } from "@/lib/validation/form-boolean";

// Shared by the "Create new ticket" form and the server action.

export const ticketPrioritySchema = z.enum(TICKET_PRIORITIES, { error: "Choose a priority." });
export const ticketStatusSchema = z.enum(TICKET_STATUSES, { error: "Choose a status." });
export const ticketTypeSchema = z.enum(TICKET_TYPES);

export const createTicketSchema = z.object({
  /** Generated once per form: a repeated submission (double click, retry) returns the first ticket. */
  idempotencyKey: z.uuid("This form has expired. Reload the page and try again."),
  subject: plainText()
    .min(1, "Enter a subject: one line that sums the problem up.")
    .max(200, "Use at most 200 characters."),
  description: plainText({ multiLine: true })
    .min(1, "Describe the problem or request.")
    .max(50_000, "Use at most 50,000 characters; attach longer logs as files."),
  priority: ticketPrioritySchema,
  /** Empty for an administrative request. */
  assetId: z.union([z.uuid("Choose a product from the list."), z.literal("")]).default(""),
  /** The asset's vendor's Additional Information; validated against the registry on the server. */
  vendorFields: z.record(z.string(), z.unknown()).default({}),
});
export type CreateTicketInput = z.infer<typeof createTicketSchema>;

export const replySchema = z.object({
  body: plainText({ multiLine: true })
    .min(1, "Write a message.")
    .max(50_000, "Use at most 50,000 characters."),
  internal: formBoolean.default(false),
});
export type ReplyInput = z.infer<typeof replySchema>;

/** The statuses the staff reply box offers to set with the reply ("Send and set …"). */
export const REPLY_SET_STATUSES = ["waiting_for_customer", "resolved"] as const;

/** The staff reply box: a reply, and the status to set with it ("" keeps what the reply leaves). */
export const staffReplySchema = replySchema.extend({
  status: z
    .union([z.enum(REPLY_SET_STATUSES, { error: "Choose a status from the list." }), z.literal("")])
    .default(""),
});

export const ticketListQuerySchema = z.object({
  status: z.array(z.enum(TICKET_STATUSES)).default([]),
  priority: z.array(ticketPrioritySchema).default([]),
  type: ticketTypeSchema.optional(),
  contractId: z.uuid().optional(),
  q: plainText().max(200, "Use at most 200 characters.").optional(),
  sort: z.enum(["updated", "created", "oldest"]).default("updated"),
  cursor: cursorParam,
  limit: z.number().int().min(1).max(100).default(25),
});
export type TicketListQuery = z.input<typeof ticketListQuerySchema>;
