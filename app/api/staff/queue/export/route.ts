import { randomUUID } from "node:crypto";
import { getActor } from "@/lib/auth/actor";
import { isDomainError } from "@/lib/errors";
import { getRequestContext } from "@/lib/http/request-context";
import { logger } from "@/lib/logger";
import { exportQueueCsv } from "@/lib/tickets/export-queue";
import { queueQueryFromSearchParams } from "@/lib/tickets/queue-query";
import { PORTAL_TIME_ZONE, isoDay } from "@/lib/format";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "private, no-store" };

function failure(error: unknown): Response {
  if (isDomainError(error) && error.code === "forbidden") {
    return Response.json({ error: error.message }, { status: 403, headers: noStore });
  }
  const ref = randomUUID().slice(0, 8);
  logger.error({ err: error, ref }, "queue export failed");
  return Response.json(
    { error: `Something went wrong (ref ${ref}).` },
    { status: 500, headers: noStore },
  );
}

/** The staff queue, with the page's query string, as a CSV download. */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) {
    return Response.json(
      { error: "Log in to export the queue." },
      { status: 401, headers: noStore },
    );
  }
  const searchParams = new URL(request.url).searchParams;
  const params: Record<string, string[]> = {};
  for (const key of new Set(searchParams.keys())) params[key] = searchParams.getAll(key);

  // Read the first chunk (header and first page) before answering, so a refusal or a broken
  // query is a status code rather than a cut-off 200.
  let chunks: AsyncIterator<string>;
  let first: IteratorResult<string>;
  try {
    const csv = exportQueueCsv(actor, queueQueryFromSearchParams(params), {
      context: await getRequestContext(),
    });
    chunks = csv[Symbol.asyncIterator]();
    first = await chunks.next();
  } catch (error) {
    return failure(error);
  }

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
      ...noStore,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="queue-${isoDay(new Date(), PORTAL_TIME_ZONE)}.csv"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
