import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import busboy from "busboy";
import { DomainError } from "@/lib/errors";
import { getRequestContext } from "@/lib/http/request-context";
import {
  errorAnswer,
  jsonAnswer,
  signedInRoute,
  type SignedInContext,
} from "@/lib/http/route-handler";
import { saveAttachment } from "@/lib/tickets/attachments";

export const dynamic = "force-dynamic";

const MAX_FILES_PER_REQUEST = 10;
/** How much of a refused upload is read and thrown away so the client gets our answer. */
const DISCARD_LIMIT_BYTES = 64 * 1024 * 1024;

type Saved = { id: string; fileName: string; sizeBytes: number };

/** A request the parser refuses: 400 with the message. */
const badRequest = (message: string) => new DomainError("invalid", { message });

/**
 * Uploads files to a ticket: `multipart/form-data` with one or more file parts (any field
 * name) and an optional `messageId` field, which must come BEFORE the file parts (the body is
 * read as a stream, so a file is stored before any later field is seen). Each file streams
 * straight to storage; nothing is buffered whole.
 *
 * Answers `{ attachments: [{ id, fileName, sizeBytes }] }`, or `{ error, field?, attachments }`
 * with 400 (bad form, or past the uploader's files per ticket), 401 (not signed in), 403
 * (forbidden or cross-site), 404 (no such ticket or message for this user), 413 (a file over
 * ATTACHMENT_MAX_BYTES), 415 (not multipart/form-data), 429 (past the uploader's daily upload
 * limit). Files saved before a failing one stay saved and are listed in `attachments`.
 */
async function upload(request: Request, { actor, params }: SignedInContext<{ id: string }>) {
  const contentType = request.headers.get("content-type") ?? "";
  const notMultipart = { error: "Send the files as multipart/form-data." };
  if (!/^multipart\/form-data\b/i.test(contentType)) return jsonAnswer(415, notMultipart);
  if (!/;\s*boundary=/i.test(contentType) || !request.body) return jsonAnswer(400, notMultipart);
  const ticketId = params.id;
  const context = await getRequestContext();

  // Indexed by the file's place in the body: saves finish in any order, the answer keeps it.
  const savedByPart: Saved[] = [];
  const savedInOrder = () => savedByPart.filter(Boolean);
  try {
    await receiveFiles(request, contentType, async (part, index) => {
      const { messageId, fileName, mimeType, stream } = part;
      const attachment = await saveAttachment(
        actor,
        { ticketId, messageId, fileName, contentType: mimeType, stream },
        context,
      );
      savedByPart[index] = {
        id: attachment.id,
        fileName: attachment.fileName,
        sizeBytes: attachment.sizeBytes,
      };
    });
  } catch (error) {
    return errorAnswer(error, request, { attachments: savedInOrder() });
  }
  const saved = savedInOrder();
  if (!saved.length) return jsonAnswer(400, { error: "Choose a file to attach.", field: "file" });
  return jsonAnswer(201, { attachments: saved });
}

export const POST = signedInRoute(upload, { sameOrigin: true });

type FilePart = { messageId?: string; fileName: string; mimeType: string; stream: Readable };

/**
 * Parses the multipart body as it arrives and hands each file to `store`, one after another
 * (a file's bytes must be consumed before the parser reaches the next part). The first
 * failure stops reading the request and destroys the file in flight, so storage removes it.
 */
function receiveFiles(
  request: Request,
  contentType: string,
  store: (part: FilePart, index: number) => Promise<void>,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: { "content-type": contentType },
        // Browsers send file names as raw UTF-8; busboy would read them as Latin-1.
        defParamCharset: "utf8",
        limits: { files: MAX_FILES_PER_REQUEST, fields: 10, fieldSize: 1024, parts: 30 },
      });
    } catch {
      // busboy throws on a content type it cannot read, e.g. an empty boundary
      reject(badRequest("Send the files as multipart/form-data."));
      return;
    }
    const source = Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>);
    const stores: Promise<void>[] = [];
    let messageId: string | undefined;
    let failed = false;

    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      request.signal.removeEventListener("abort", onAbort);
      source.unpipe(parser);
      parser.destroy(error instanceof Error ? error : new Error(String(error)));
      // Cutting the request off at once would reset the connection before the answer (e.g.
      // the 413) reaches the client. Discard the rest for a while instead; past a bound, stop.
      let discarded = 0;
      source.on("data", (chunk: Buffer) => {
        discarded += chunk.length;
        if (discarded > DISCARD_LIMIT_BYTES) source.destroy();
      });
      source.resume();
      // answer once every file in flight is stored or removed, so the answer lists each kept one
      void Promise.allSettled(stores).then(() => reject(error));
    };
    const onAbort = () => fail(badRequest("The upload was interrupted."));
    request.signal.addEventListener("abort", onAbort);

    parser.on("field", (name, value) => {
      if (name !== "messageId" || !value) return;
      if (stores.length) {
        fail(badRequest("Send messageId before the files."));
        return;
      }
      messageId = value;
    });
    parser.on("file", (_name, stream, info) => {
      // A failure destroys every file stream with its error (parser.destroy), also one whose
      // store has not piped it yet: unheard, that 'error' event would crash the process.
      stream.on("error", () => {});
      if (failed) {
        stream.resume();
        return;
      }
      const part = { messageId, fileName: info.filename ?? "", mimeType: info.mimeType, stream };
      stores.push(store(part, stores.length).catch(fail));
    });
    parser.on("filesLimit", () =>
      fail(badRequest(`Send at most ${MAX_FILES_PER_REQUEST} files at once.`)),
    );
    parser.on("partsLimit", () => fail(badRequest("The form has too many parts.")));
    parser.on("error", (error) => fail(badRequest(errorText(error))));
    source.on("error", () => fail(badRequest("The upload was interrupted.")));
    parser.on("finish", () => {
      void Promise.all(stores).then(() => {
        if (failed) return;
        request.signal.removeEventListener("abort", onAbort);
        resolve();
      });
    });
    source.pipe(parser);
  });
}

const errorText = (error: unknown) =>
  error instanceof Error && /unexpected end|malformed/i.test(error.message)
    ? "The upload was incomplete. Try again."
    : "The upload could not be read.";
