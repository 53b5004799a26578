import { getRequestContext } from "@/lib/http/request-context";
import { NO_STORE, signedInRoute } from "@/lib/http/route-handler";
import { logger } from "@/lib/logger";
import { exportQueueCsv } from "@/lib/tickets/export-queue";
import { queueQueryFromSearchParams } from "@/lib/tickets/queue-query";
import { PORTAL_TIME_ZONE, isoDay } from "@/lib/format";

export const dynamic = "force-dynamic";

/** The staff queue, with the page's query string, as a CSV download. */
export const GET = signedInRoute(async (request, { actor }) => {
  const searchParams = new URL(request.url).searchParams;
  const params: Record<string, string[]> = {};
  for (const key of new Set(searchParams.keys())) params[key] = searchParams.getAll(key);

  // Read the first chunk (header and first page) before answering, so a refusal or a broken
  // query is a status code rather than a cut-off 200.
  const csv = exportQueueCsv(actor, queueQueryFromSearchParams(params), {
    context: await getRequestContext(),
  });
  const chunks = csv[Symbol.asyncIterator]();
  const first = await chunks.next();

  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (first.done) controller.close();
      else controller.enqueue(encoder.encode(first.value));
    },
    // One page per pull: the next query waits until the client has taken the last one.
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        logger.error({ err: error, actorId: actor.id }, "queue export stopped mid-stream");
        controller.error(error);
      }
    },
    // The client went away: ending the walk records the audit event with the rows so far.
    async cancel() {
      await chunks.return?.();
    },
  });

  return new Response(body, {
    headers: {
      ...NO_STORE,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="queue-${isoDay(new Date(), PORTAL_TIME_ZONE)}.csv"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
});
