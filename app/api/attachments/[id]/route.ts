import { Readable } from "node:stream";
import { requestedRange } from "@/lib/http/byte-range";
import { NO_STORE, signedInRoute } from "@/lib/http/route-handler";
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

/** `attachment` with an ASCII fallback name and the exact UTF-8 one (RFC 6266 / RFC 5987). */
function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%;]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/**
 * Downloads an attachment the signed-in user may read (404 for anything else), whole or one
 * byte range of it, so a 1 GB debug file can be resumed; its SHA-256 is its ETag for If-Range.
 * Also HEAD, which download managers send first.
 */
export const GET = signedInRoute<{ id: string }>(async (request, { actor, params }) => {
  const file = await openAttachment(actor, params.id);
  const etag = `"${file.sha256}"`;
  const range = requestedRange(request.headers, file.sizeBytes, etag);
  const headers: Record<string, string> = {
    // no-transform: Next's gzip would make the bytes no longer those Content-Range names.
    "Cache-Control": `${NO_STORE["Cache-Control"]}, no-transform`,
    "Accept-Ranges": "bytes",
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
  };
  if (range === "unsatisfiable") {
    return new Response(null, {
      status: 416,
      headers: { ...headers, "Content-Range": `bytes */${file.sizeBytes}` },
    });
  }
  headers["Content-Type"] = PASSIVE_TYPES.has(file.contentType)
    ? file.contentType
    : "application/octet-stream";
  headers["Content-Disposition"] = contentDisposition(file.fileName);
  headers["Content-Length"] = String(range ? range.end - range.start + 1 : file.sizeBytes);
  if (range) headers["Content-Range"] = `bytes ${range.start}-${range.end}/${file.sizeBytes}`;
  const status = range ? 206 : 200;
  // Next answers HEAD with GET: the headers alone, without opening the stored file.
  if (request.method === "HEAD") return new Response(null, { status, headers });
  const stream = await file.read(range);
  // Closing the download early cancels the web stream, which destroys the file stream.
  const body = Readable.toWeb(stream) as ReadableStream<Uint8Array>;
  return new Response(body, { status, headers });
});
