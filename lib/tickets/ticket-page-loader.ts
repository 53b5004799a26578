import { cache } from "react";
import type { Actor } from "@/lib/auth/actor";
import { orNotFound } from "@/lib/http/or-not-found";
import { getTicket } from "./get-ticket";

/** The route props of a ticket page (customer's or staff's): its id, and `before` to page back. */
export type TicketPageProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ before?: string | string[] }>;
};

/**
 * What a ticket page shows, for the actor `requireWho` gives, or the 404 page: read once per
 * request, so the page and its title (generateMetadata) share one read.
 */
export function ticketPageLoader(requireWho: () => Promise<Actor>) {
  const load = cache(async (id: string, before: string | undefined) =>
    orNotFound(getTicket(await requireWho(), id, { before })),
  );
  return async ({ params, searchParams }: TicketPageProps) => {
    const [{ id }, { before }] = await Promise.all([params, searchParams]);
    return load(id, typeof before === "string" ? before : undefined);
  };
}
