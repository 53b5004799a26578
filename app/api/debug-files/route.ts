import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { z } from "zod";
import { readDebugFileForTicket } from "@/lib/debug-files/read-for-ticket";
import { withTempCopy } from "@/lib/debug-files/temp-copy";
import { msg } from "@/lib/i18n/message";
import { jsonAnswer, signedInRoute } from "@/lib/http/route-handler";
import { attachmentLimitBytes, sanitizeFileName } from "@/lib/tickets/attachments";

export const dynamic = "force-dynamic";

/** Pasted CLI output: a screenful or a whole tech-support text, never a file's worth. */
const PASTED_MAX_BYTES = 4 * 1024 * 1024;

const querySchema = z.object({ assetId: z.uuid(), name: z.string().max(500).default("") });

/**
 * "Fill in from a debug file": POST the file as the body (or pasted CLI output as text/plain),
 * `?assetId=` the chosen asset and `?name=` the file's name. Answers what the file tells for
 * the asset's vendor (lib/debug-files/read-for-ticket.ts); stores nothing: the form attaches
 * the file to the ticket once it is created.
 */
export const POST = signedInRoute(
  async (request, { actor }) => {
    const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success || !request.body)
      return jsonAnswer(400, {
        error: msg("errors.tickets.chooseCoveredProduct"),
        field: "assetId",
      });
    const pasted = /^text\/plain\b/i.test(request.headers.get("content-type") ?? "");
    const name = sanitizeFileName(query.data.name) || "debug-file.txt";
    const body = Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>);
    const limit = pasted ? PASTED_MAX_BYTES : attachmentLimitBytes();
    return jsonAnswer(
      200,
      await withTempCopy(body, limit, (file) =>
        readDebugFileForTicket(actor, query.data.assetId, { path: file, name }),
      ),
    );
  },
  { sameOrigin: true },
);
