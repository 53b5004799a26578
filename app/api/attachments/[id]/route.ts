import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { getActor } from "@/lib/auth/actor";
import { isDomainError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { openAttachment } from "@/lib/tickets/attachments";

export const dynamic = "force-dynamic";

/**
 * Types served as themselves. Anything else (HTML, SVG, XML, scripts, unknown) goes out as
 * application/octet-stream so a browser never renders an uploaded file in our origin.
 */
const PASSIVE_TYPES = new Set([
  "application/pdf",
  "application/zip",
  "application/gzip",
  "application/x-gzip",
  "application/x-tar",
  "application/x-7z-compressed",
  "application/vnd.tcpdump.pcap",
  "image/png",
  "image/jpeg",
  "image/gif",
  "image/webp",
  "text/plain",
  "text/csv",
]);

const noStore = { "Cache-Control": "private, no-store" };

/** `attachment` with an ASCII fallback name and the exact UTF-8 one (RFC 6266 / RFC 5987). */
function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%;]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** Downloads an attachment the signed-in user may read (404 for anything else). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) {
    return Response.json({ error: "Log in to download files." }, { status: 401, headers: noStore });
  }
  const { id } = await params;
  let file: Awaited<ReturnType<typeof openAttachment>>;
  try {
    file = await openAttachment(actor, id);
  } catch (error) {
    if (isDomainError(error) && (error.code === "not_found" || error.code === "forbidden")) {
      const status = error.code === "not_found" ? 404 : 403;
      const message = status === 404 ? "This file was not found." : error.message;
      return Response.json({ error: message }, { status, headers: noStore });
    }
    const ref = randomUUID().slice(0, 8);
    logger.error({ err: error, ref, attachmentId: id }, "attachment download failed");
    return Response.json(
      { error: `Something went wrong (ref ${ref}).` },
      { status: 500, headers: noStore },
    );
  }

  const contentType = PASSIVE_TYPES.has(file.contentType)
    ? file.contentType
    : "application/octet-stream";
  // Closing the download early cancels the web stream, which destroys the file stream.
  const body = Readable.toWeb(file.stream) as ReadableStream<Uint8Array>;
  return new Response(body, {
    headers: {
      ...noStore,
      "Content-Type": contentType,
      "Content-Length": String(file.sizeBytes),
      "Content-Disposition": contentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
