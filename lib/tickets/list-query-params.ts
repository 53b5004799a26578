import { parseListQuery, type SearchParams } from "@/lib/validation/list-query";
import { ticketListQuerySchema } from "./schemas";

const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) || undefined;
const all = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value : value ? [value] : [];

/** A tickets list query from the URL, and why any parameter was dropped (see parseListQuery). */
export function readTicketSearchParams(params: SearchParams) {
  return parseListQuery(ticketListQuerySchema, {
    status: all(params.status),
    priority: all(params.priority),
    type: first(params.type),
    contractId: first(params.contract),
    q: first(params.q),
    sort: first(params.sort),
    cursor: first(params.cursor),
  });
}
