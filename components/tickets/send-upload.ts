import { msg } from "@/lib/i18n/message";

export type UploadedAttachment = { id: string; fileName: string; sizeBytes: number };

export type UploadOutcome =
  | { ok: true; attachments: UploadedAttachment[] }
  /** `attachments`: the files saved before the one that failed. */
  | { ok: false; cancelled: boolean; error: string; attachments: UploadedAttachment[] };

/**
 * Posts files to a ticket (or to one of its messages) through the attachments route, reporting
 * upload progress in percent: XMLHttpRequest, since fetch reports none. Never rejects; `signal`
 * cancels. Loaded with `import()` when a file is chosen, so pages don't carry it. `error` may be
 * a `msg` (lib/i18n/message.ts): write it with useMessageText.
 */
export function sendUpload({
  ticketId,
  messageId,
  files,
  onProgress,
  signal,
}: {
  ticketId: string;
  messageId?: string;
  files: File[];
  onProgress: (percent: number) => void;
  signal?: AbortSignal;
}): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    if (signal?.aborted)
      return resolve({
        ok: false,
        cancelled: true,
        error: msg("tickets.upload.cancelled"),
        attachments: [],
      });
    const request = new XMLHttpRequest();
    const failed = (error: string, cancelled = false, attachments: UploadedAttachment[] = []) =>
      resolve({ ok: false, cancelled, error, attachments });
    request.upload.onprogress = (event) => {
      if (event.lengthComputable)
        onProgress(Math.min(100, Math.floor((event.loaded / event.total) * 100)));
    };
    request.onload = () => {
      const answer = request.response as { attachments?: UploadedAttachment[]; error?: string };
      if (request.status === 201 && answer?.attachments)
        resolve({ ok: true, attachments: answer.attachments });
      else
        failed(
          answer?.error ?? msg("tickets.upload.failed", { status: request.status }),
          false,
          answer?.attachments ?? [],
        );
    };
    request.onerror = () => failed(msg("tickets.upload.interrupted"));
    request.onabort = () => failed(msg("tickets.upload.cancelled"), true);
    signal?.addEventListener("abort", () => request.abort(), { once: true });
    const body = new FormData();
    // messageId must precede the files: the server reads the form as a stream.
    if (messageId) body.append("messageId", messageId);
    for (const file of files) body.append("file", file, file.name);
    request.open("POST", `/api/tickets/${encodeURIComponent(ticketId)}/attachments`);
    request.responseType = "json";
    request.send(body);
  });
}
