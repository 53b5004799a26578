import { z } from "zod";
import { jsonAnswer, signedInRoute } from "@/lib/http/route-handler";
import { countNewQueueTickets } from "@/lib/tickets/list-queue";

export const dynamic = "force-dynamic";

const sinceSchema = z.coerce.date();

/** How many tickets arrived since the queue page was rendered (`?since=` ISO time), polled by it. */
export const GET = signedInRoute(async (request, { actor }) => {
  const since = sinceSchema.safeParse(new URL(request.url).searchParams.get("since") ?? "");
  if (!since.success || Number.isNaN(since.data.getTime()))
    return jsonAnswer(400, { error: "since: an ISO date and time", field: "since" });
  return jsonAnswer(200, { newTickets: await countNewQueueTickets(actor, since.data) });
});
