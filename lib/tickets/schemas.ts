import { z } from "zod";
import { TICKET_PRIORITIES, TICKET_STATUSES, TICKET_TYPES } from "@/lib/enums";
import { cursorParam } from "@/lib/pagination/search-params";
import { plainText } from "@/lib/validation/plain-text";
import { formBoolean } from "@/lib/validation/form-boolean";
import { msg } from "@/lib/i18n/message";

// Shared by the "Create new ticket" form and the server action. Messages are `msg` keys
// (lib/i18n/message.ts): the form writes them in the reader's language.

export const ticketPrioritySchema = z.enum(TICKET_PRIORITIES, {
  error: msg("errors.tickets.choosePriority"),
});
export const ticketStatusSchema = z.enum(TICKET_STATUSES, {
  error: msg("errors.tickets.chooseStatus"),
});
export const ticketTypeSchema = z.enum(TICKET_TYPES);

export const createTicketSchema = z.object({
  /** Generated once per form: a repeated submission (double click, retry) returns the first ticket. */
  idempotencyKey: z.uuid(msg("errors.tickets.formExpired")),
  subject: plainText()
    .min(1, msg("errors.tickets.subjectRequired"))
    .max(200, msg("validation.maxChars", { max: 200 })),
  description: plainText({ multiLine: true })
    .min(1, msg("errors.tickets.descriptionRequired"))
    .max(50_000, msg("errors.tickets.descriptionMax")),
  priority: ticketPrioritySchema,
  /** Empty for an administrative request. */
  assetId: z.union([z.uuid(msg("errors.tickets.chooseProduct")), z.literal("")]).default(""),
  /** The asset's vendor's Additional Information; validated against the registry on the server. */
  vendorFields: z.record(z.string(), z.unknown()).default({}),
});
export type CreateTicketInput = z.infer<typeof createTicketSchema>;

export const replySchema = z.object({
  body: plainText({ multiLine: true })
    .min(1, msg("errors.tickets.bodyRequired"))
    .max(50_000, msg("errors.tickets.bodyMax")),
  internal: formBoolean.default(false),
});
export type ReplyInput = z.infer<typeof replySchema>;

/** The statuses the staff reply box offers to set with the reply ("Send and set …"). */
export const REPLY_SET_STATUSES = ["waiting_for_customer", "resolved"] as const;

/** The staff reply box: a reply, and the status to set with it ("" keeps what the reply leaves). */
export const staffReplySchema = replySchema.extend({
  status: z
    .union([
      z.enum(REPLY_SET_STATUSES, { error: msg("errors.tickets.chooseStatusFromList") }),
      z.literal(""),
    ])
    .default(""),
});

/** "Add follower" and "Remove": the colleague. */
export const followerSchema = z.object({ userId: z.uuid(msg("errors.tickets.chooseColleague")) });

export const ticketListQuerySchema = z.object({
  status: z.array(z.enum(TICKET_STATUSES)).default([]),
  priority: z.array(ticketPrioritySchema).default([]),
  type: ticketTypeSchema.optional(),
  contractId: z.uuid().optional(),
  q: plainText()
    .max(200, msg("validation.maxChars", { max: 200 }))
    .optional(),
  sort: z.enum(["updated", "created", "oldest"]).default("updated"),
  cursor: cursorParam,
  limit: z.number().int().min(1).max(100).default(25),
});
export type TicketListQuery = z.input<typeof ticketListQuerySchema>;
