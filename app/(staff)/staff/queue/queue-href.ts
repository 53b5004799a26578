import { queueQuerySchema, type QueueQuery } from "@/lib/tickets/queue-query";

/** The URL of the queue for a query (defaults left out), e.g. for tabs and "Next page". */
export function queueHref(query: Partial<QueueQuery>): string {
  const params = new URLSearchParams();
  const defaults = queueQuerySchema.parse({});
  for (const [key, value] of Object.entries(query)) {
    if (key === "limit" || value === undefined || value === "") continue;
    if (Array.isArray(value)) value.forEach((item) => params.append(key, String(item)));
    else if (value !== defaults[key as keyof QueueQuery]) params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `/staff/queue?${search}` : "/staff/queue";
}
