"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type ChangeEvent } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { useFormatters } from "@/components/i18n/use-formatters";
import { useMessageText } from "@/components/i18n/use-message-text";

import type { UploadedAttachment } from "./send-upload";

type Status = "queued" | "uploading" | "done" | "error" | "cancelled";
type Item = {
  key: string;
  name: string;
  size: number;
  status: Status;
  percent: number;
  error?: string;
};
type Queued = { key: string; file: File };

/**
 * "Attach files": uploads each chosen file to the ticket (or to one of its messages) with a
 * real progress bar, one file at a time, then refreshes the page so the new files are listed.
 * Files over `maxBytes` are refused before any byte is sent; the server checks again.
 */
export function AttachmentUploader({
  ticketId,
  messageId,
  maxBytes,
  onUploaded,
}: {
  ticketId: string;
  /** Attach to this message of the ticket (it must be the uploader's own). */
  messageId?: string;
  /** The server's limit, from attachmentLimitBytes(). */
  maxBytes: number;
  onUploaded?: (items: UploadedAttachment[]) => void;
}) {
  const t = useTranslations("tickets.uploader");
  const format = useFormatters();
  const messageText = useMessageText();
  const router = useRouter();
  const inputId = useId();
  const [items, setItems] = useState<Item[]>([]);
  const [announcement, setAnnouncement] = useState("");
  const [isUploading, setIsUploading] = useState(false);
  const queue = useRef<Queued[]>([]);
  const current = useRef<AbortController | null>(null);
  const isDraining = useRef(false);

  // Leaving the page stops the upload in flight rather than letting it run unseen.
  useEffect(() => () => current.current?.abort(), []);

  const update = (key: string, patch: Partial<Item>) =>
    setItems((previous) =>
      previous.map((item) => (item.key === key ? { ...item, ...patch } : item)),
    );

  async function send({ key, file }: Queued): Promise<UploadedAttachment[]> {
    update(key, { status: "uploading", percent: 0 });
    const abort = new AbortController();
    current.current = abort;
    const { sendUpload } = await import("./send-upload");
    let announcedStep = 0;
    const outcome = await sendUpload({
      ticketId,
      messageId,
      files: [file],
      signal: abort.signal,
      onProgress: (percent) => {
        update(key, { percent });
        // Every 25 %, so a screen reader hears progress without a stream of numbers.
        const step = Math.floor(percent / 25);
        if (step > announcedStep && percent < 100) {
          announcedStep = step;
          setAnnouncement(t("uploadingPercent", { name: file.name, percent }));
        }
      },
    });
    if (outcome.ok) {
      update(key, { status: "done", percent: 100 });
      setAnnouncement(t("uploaded", { name: file.name }));
      return outcome.attachments;
    }
    if (outcome.cancelled) {
      update(key, { status: "cancelled" });
      setAnnouncement(t("cancelled", { name: file.name }));
    } else {
      update(key, { status: "error", error: outcome.error });
      setAnnouncement(
        t("notUploaded", { name: file.name, error: messageText(outcome.error) ?? "" }),
      );
    }
    return [];
  }

  async function drain() {
    if (isDraining.current) return;
    isDraining.current = true;
    setIsUploading(true);
    const uploaded: UploadedAttachment[] = [];
    for (let next = queue.current.shift(); next; next = queue.current.shift()) {
      uploaded.push(...(await send(next)));
    }
    current.current = null;
    isDraining.current = false;
    setIsUploading(false);
    if (uploaded.length) {
      onUploaded?.(uploaded);
      router.refresh();
    }
  }

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(event.target.files ?? []);
    // Cleared so choosing the same file again (after an error) fires a change.
    event.target.value = "";
    if (!files.length) return;
    const limit = format.fileSize(maxBytes);
    const chosen = files.map((file): Item & { file: File } => ({
      key: `${Date.now()}-${Math.random().toString(36).slice(2)}`,
      file,
      name: file.name,
      size: file.size,
      percent: 0,
      ...(file.size > maxBytes
        ? { status: "error", error: t("tooLarge", { limit }) }
        : { status: "queued" }),
    }));
    // Finished rows make way: the page lists uploaded files after the refresh.
    setItems((previous) => [
      ...previous.filter((item) => item.status === "uploading" || item.status === "queued"),
      ...chosen.map(({ file: _file, ...item }) => item),
    ]);
    const refused = chosen.filter((item) => item.status === "error");
    if (refused.length) {
      setAnnouncement(t("refused", { names: refused.map((item) => item.name).join(", "), limit }));
    }
    queue.current.push(
      ...chosen.filter((item) => item.status === "queued").map(({ key, file }) => ({ key, file })),
    );
    void drain();
  }

  function cancel() {
    for (const { key } of queue.current) update(key, { status: "cancelled" });
    queue.current = [];
    current.current?.abort();
  }

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-col gap-1.5">
        <label htmlFor={inputId} className="text-sm font-medium text-navy-900">
          {t("label")}
        </label>
        <input
          id={inputId}
          type="file"
          multiple
          onChange={choose}
          aria-describedby={`${inputId}-hint`}
          className="block w-full text-sm text-slate-700 file:mr-3 file:h-9 file:cursor-pointer file:rounded-md file:border file:border-navy-200 file:bg-white file:px-3 file:text-sm file:font-semibold file:text-navy-900 hover:file:bg-navy-50"
        />
        <p id={`${inputId}-hint`} className="text-sm text-slate-600">
          {t("hint", { size: format.fileSize(maxBytes) })}
        </p>
      </div>

      {items.length ? (
        <ul aria-label={t("uploads")} className="flex flex-col gap-2">
          {items.map((item) => (
            <li key={item.key} className="flex flex-col gap-1 text-sm">
              {item.status === "uploading" ? (
                <>
                  <label htmlFor={`${item.key}-progress`} className="break-all text-navy-900">
                    {t("uploading", { name: item.name })}
                  </label>
                  <div className="flex items-center gap-3">
                    <progress
                      id={`${item.key}-progress`}
                      max={100}
                      value={item.percent}
                      className="h-2 w-full max-w-md overflow-hidden rounded-full accent-brand-600"
                    />
                    <span className="shrink-0 text-slate-600 tabular-nums">
                      {t("percentOf", { percent: item.percent, size: format.fileSize(item.size) })}
                    </span>
                  </div>
                </>
              ) : (
                <p className="flex flex-wrap gap-x-2">
                  <span className="break-all text-navy-900">{item.name}</span>
                  <span
                    className={cn(
                      item.status === "error" ? "font-medium text-brand-700" : "text-slate-600",
                    )}
                  >
                    {item.status === "error" ? messageText(item.error) : t(`status.${item.status}`)}
                  </span>
                </p>
              )}
            </li>
          ))}
        </ul>
      ) : null}

      {isUploading ? (
        <div>
          <Button variant="secondary" size="sm" onClick={cancel}>
            {t("cancelUpload")}
          </Button>
        </div>
      ) : null}

      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
