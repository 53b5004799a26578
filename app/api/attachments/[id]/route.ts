import { Readable } from "node:stream";
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

/** Downloads an attachment the signed-in user may read (404 for anything else). */
export const GET = signedInRoute<{ id: string }>(async (_request, { actor, params }) => {
  const file = await openAttachment(actor, params.id);
  const contentType = PASSIVE_TYPES.has(file.contentType)
    ? file.contentType
    : "application/octet-stream";
  // Closing the download early cancels the web stream, which destroys the file stream.
  const body = Readable.toWeb(file.stream) as ReadableStream<Uint8Array>;
  return new Response(body, {
    headers: {
      ...NO_STORE,
      "Content-Type": contentType,
      "Content-Length": String(file.sizeBytes),
      "Content-Disposition": contentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
});
