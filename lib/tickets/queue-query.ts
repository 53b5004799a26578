import { z } from "zod";
import { msg } from "@/lib/i18n/message";
import { plainText } from "@/lib/validation/plain-text";
import { cursorParam, parseSearchParams, type SearchParams } from "@/lib/pagination/search-params";
import { TICKET_STATUSES, type TicketStatus } from "@/lib/enums";
import { ticketPrioritySchema, ticketTypeSchema } from "./schemas";

// The staff queue's query: shared by listQueue, the page's GET form and its links.

export const QUEUE_VIEWS = [
  "open",
  "unassigned",
  "mine",
  "waiting",
  "sla",
  "resolved",
  "all",
] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];

/** The statuses a view can hold: the Status filter offers these, and only these. */
export const QUEUE_VIEW_STATUSES: Record<QueueView, readonly TicketStatus[]> = {
  open: ["new", "open"],
  unassigned: ["new", "open", "waiting_for_customer"],
  mine: TICKET_STATUSES,
  waiting: ["waiting_for_customer"],
  sla: ["new", "open", "waiting_for_customer"],
  resolved: ["resolved", "closed"],
  all: TICKET_STATUSES,
};

export const QUEUE_SORTS = ["updated", "created", "oldest", "due"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

/** "none" filters unassigned tickets; a uuid one engineer's. */
const assigneeFilterSchema = z.union([z.literal("none"), z.uuid()]);

const optionalText = (max: number) =>
  plainText().max(max, msg("validation.maxChars", { max })).optional();

export const queueQuerySchema = z.object({
  view: z.enum(QUEUE_VIEWS).default("open"),
  status: z.array(z.enum(TICKET_STATUSES)).default([]),
  priority: z.array(ticketPrioritySchema).default([]),
  type: ticketTypeSchema.optional(),
  /** A registry vendor id (tickets.vendor). */
  vendor: optionalText(50),
  /** Part of the requester's company name. */
  company: optionalText(100),
  /** Part of a contract number. */
  contract: optionalText(100),
  contractId: z.uuid().optional(),
  assignee: assigneeFilterSchema.optional(),
  q: optionalText(200),
  sort: z.enum(QUEUE_SORTS).default("updated"),
  cursor: cursorParam,
  limit: z.number().int().min(1).max(100).default(50),
});
export type QueueQueryInput = z.input<typeof queueQuerySchema>;
export type QueueQuery = z.output<typeof queueQuerySchema>;

/**
 * The queue query from the URL, and why any parameter was dropped (see parseSearchParams). A
 * status the view cannot hold ("Resolved" in "All open", from an old link) is dropped too.
 */
export function readQueueSearchParams(params: SearchParams) {
  const { query, problems } = parseSearchParams(queueQuerySchema, params);
  const possible = QUEUE_VIEW_STATUSES[query.view];
  const status = query.status.filter((each) => possible.includes(each));
  if (status.length === query.status.length) return { query, problems };
  return {
    query: { ...query, status },
    problems: { ...problems, status: msg("desk.errors.statusNotInView", { view: query.view }) },
  };
}

/** The queue query from the URL; a malformed parameter is dropped rather than failing the page. */
export const queueQueryFromSearchParams = (params: SearchParams): QueueQuery =>
  readQueueSearchParams(params).query;

/** Whether anything beyond the view and sort narrows the list. */
export const isFiltered = (query: QueueQuery) =>
  Boolean(
    query.q ||
    query.status.length ||
    query.priority.length ||
    query.type ||
    query.vendor ||
    query.company ||
    query.contract ||
    query.contractId ||
    query.assignee,
  );

/** Statuses staff may set from the queue (nothing moves back to "new"). */
export const BULK_STATUSES = ["open", "waiting_for_customer", "resolved", "closed"] as const;

/**
 * The queue's bulk action form, parsed by the browser and the action alike. Empty means
 * "leave as it is"; assignee "none" unassigns.
 */
export const bulkUpdateFormSchema = z
  .object({
    ticketIds: z
      .array(z.uuid(msg("desk.errors.chooseTickets")))
      .min(1, msg("desk.errors.selectAtLeastOne"))
      .max(100, msg("desk.errors.selectAtMost", { max: 100 })),
    assignee: z.union([z.literal(""), assigneeFilterSchema], {
      error: msg("desk.errors.chooseEngineer"),
    }),
    status: z.union([z.literal(""), z.enum(BULK_STATUSES)], {
      error: msg("desk.errors.chooseStatus"),
    }),
  })
  .refine((form) => form.assignee !== "" || form.status !== "", {
    message: msg("desk.errors.chooseAssigneeOrStatus"),
    path: ["assignee"],
  });
export type BulkUpdateFormInput = z.infer<typeof bulkUpdateFormSchema>;
