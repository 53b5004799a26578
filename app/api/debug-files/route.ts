import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { z } from "zod";
import { readDebugFileForTicket } from "@/lib/debug-files/read-for-ticket";
import { DomainError } from "@/lib/errors";
import { formatFileSize } from "@/lib/file-size";
import { msg } from "@/lib/i18n/message";
import { jsonAnswer, signedInRoute } from "@/lib/http/route-handler";
import { attachmentLimitBytes, sanitizeFileName } from "@/lib/tickets/attachments";

export const dynamic = "force-dynamic";

/** Pasted CLI output: a screenful or a whole tech-support text, never a file's worth. */
const PASTED_MAX_BYTES = 4 * 1024 * 1024;

const querySchema = z.object({ assetId: z.uuid(), name: z.string().max(500).default("") });

const tooLarge = (limit: number) =>
  new DomainError("invalid", {
    field: "debugFile",
    message: msg("errors.debugFiles.tooLarge", { limit: formatFileSize(limit) }),
  });

/** The body, at most `limit` bytes, into a file of its own in the temp folder. */
async function saveBody(request: Request, limit: number): Promise<string> {
  const file = path.join(tmpdir(), `clico-debug-${randomUUID()}`);
  let bytes = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(bytes > limit ? tooLarge(limit) : null, chunk);
    },
  });
  try {
    await pipeline(
      Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>),
      cap,
      createWriteStream(file, { flags: "wx", mode: 0o600 }),
    );
    return file;
  } catch (error) {
    await rm(file, { force: true });
    throw error instanceof DomainError ? error : tooLarge(limit);
  }
}

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
    const file = await saveBody(request, pasted ? PASTED_MAX_BYTES : attachmentLimitBytes());
    try {
      return jsonAnswer(
        200,
        await readDebugFileForTicket(actor, query.data.assetId, { path: file, name }),
      );
    } finally {
      await rm(file, { force: true });
    }
  },
  { sameOrigin: true },
);
