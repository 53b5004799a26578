import { ticketListQuerySchema, type TicketListQuery } from "./schemas";

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) || undefined;
const all = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value : value ? [value] : [];

/** A tickets list query from the URL; anything malformed is dropped rather than failing the page. */
export function ticketQueryFromSearchParams(params: SearchParams): TicketListQuery {
  const candidate = {
    status: all(params.status),
    priority: all(params.priority),
    type: first(params.type),
    contractId: first(params.contract),
    q: first(params.q),
    sort: first(params.sort),
    cursor: first(params.cursor),
  };
  const parsed = ticketListQuerySchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  const safe: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(candidate)) {
    const single = ticketListQuerySchema.safeParse({ [key]: value });
    if (single.success) safe[key] = value;
  }
  return safe as TicketListQuery;
}
