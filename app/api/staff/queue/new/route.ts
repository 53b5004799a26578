import { z } from "zod";
import { jsonAnswer, signedInRoute } from "@/lib/http/route-handler";
import { countNewQueueTickets } from "@/lib/tickets/list-queue";

export const dynamic = "force-dynamic";

// a time PostgreSQL can compare with: it has no year 0, which JavaScript's dates do
const sinceSchema = z.coerce.date().min(new Date(0)).max(new Date("9999-12-31T23:59:59Z"));

/** How many tickets arrived since the queue page was rendered (`?since=` ISO time), polled by it. */
export const GET = signedInRoute(async (request, { actor }) => {
  const since = sinceSchema.safeParse(new URL(request.url).searchParams.get("since") ?? "");
  if (!since.success)
    return jsonAnswer(400, { error: "since: an ISO date and time", field: "since" });
  return jsonAnswer(200, { newTickets: await countNewQueueTickets(actor, since.data) });
});
