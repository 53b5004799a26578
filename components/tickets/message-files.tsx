"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import {
  useId,
  useState,
  type ClipboardEvent,
  type ChangeEvent,
  type DragEvent,
  type HTMLAttributes,
} from "react";
import { cn } from "@/components/ui/cn";
import { useFormatters } from "@/components/i18n/use-formatters";
import { useMessageText } from "@/components/i18n/use-message-text";
import type { UploadOutcome } from "./send-upload";

/** A pasted screenshot comes as "image.png"; it gets a name that says when it was taken. */
function namedPaste(file: File, index: number): File {
  if (file.name && file.name !== "image.png") return file;
  const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, "").replace("T", "-");
  const extension = file.type.split("/")[1]?.replace(/[^a-z0-9]/gi, "") || "png";
  const suffix = index ? `-${index + 1}` : "";
  return new File([file], `screenshot-${stamp}${suffix}.${extension}`, { type: file.type });
}

/**
 * Files chosen for a message before it is sent: picked, dropped on the form, or pasted into
 * the text (a screenshot). They upload once the message exists (`upload`), to that message;
 * a failed upload keeps them, so "Attach the files again" can retry on the same message.
 */
export function useMessageFiles(maxBytes: number) {
  const [files, setFiles] = useState<File[]>([]);
  const [refused, setRefused] = useState<string | null>(null);
  const [isDragging, setIsDragging] = useState(false);
  const [percent, setPercent] = useState<number | null>(null);
  const [failure, setFailure] = useState<{
    ticketId: string;
    messageId: string;
    error: string;
  } | null>(null);
  const router = useRouter();
  const t = useTranslations("tickets.messageFiles");
  const format = useFormatters();

  function add(incoming: File[]) {
    const tooLarge = incoming.filter((file) => file.size > maxBytes);
    setRefused(
      tooLarge.length
        ? t("refused", {
            names: tooLarge.map((file) => file.name).join(", "),
            limit: format.fileSize(maxBytes),
          })
        : null,
    );
    const fitting = incoming.filter((file) => file.size <= maxBytes);
    if (fitting.length) setFiles((current) => [...current, ...fitting]);
  }

  const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes("Files");
  const dropTarget: Pick<
    HTMLAttributes<HTMLElement>,
    "onDragEnter" | "onDragOver" | "onDragLeave" | "onDrop"
  > = {
    onDragEnter: (event) => {
      if (hasFiles(event)) setIsDragging(true);
    },
    onDragOver: (event) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = "copy";
    },
    onDragLeave: (event) => {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setIsDragging(false);
    },
    onDrop: (event) => {
      if (!event.dataTransfer.files.length) return;
      event.preventDefault();
      setIsDragging(false);
      add(Array.from(event.dataTransfer.files));
    },
  };

  /** For the message's text field: a pasted file (a screenshot) is attached, text pastes as usual. */
  function onPaste(event: ClipboardEvent) {
    const pasted = Array.from(event.clipboardData.files);
    if (!pasted.length) return;
    event.preventDefault();
    add(pasted.map(namedPaste));
  }

  /** Uploads the files (if any) to the new message, then shows the page with them. */
  async function attach(ticketId: string, messageId: string): Promise<void> {
    if (!files.length) return;
    setFailure(null);
    setPercent(0);
    const { sendUpload } = await import("./send-upload");
    const outcome: UploadOutcome = await sendUpload({
      ticketId,
      messageId,
      files,
      onProgress: setPercent,
    });
    setPercent(null);
    if (outcome.ok) setFiles([]);
    else {
      // those saved before the failing one are attached: only the rest stay to retry
      const saved = outcome.attachments.length;
      setFiles((current) => current.slice(saved));
      setFailure({ ticketId, messageId, error: outcome.error });
    }
    router.refresh();
  }

  return {
    files,
    add,
    remove: (index: number) => setFiles((current) => current.filter((_, at) => at !== index)),
    dropTarget,
    isDragging,
    onPaste,
    attach,
    isUploading: percent !== null,
    percent,
    failure,
    refused,
  };
}

export type MessageFiles = ReturnType<typeof useMessageFiles>;

/**
 * The files part of a message box: "Attach files", the chosen files with Remove, the upload's
 * progress, and what went wrong, with "Attach the files again" to the same message.
 */
export function MessageFilesField({
  state,
  maxBytes,
  label,
  hint,
}: {
  state: MessageFiles;
  maxBytes: number;
  label?: string;
  hint?: string;
}) {
  const t = useTranslations("tickets.messageFiles");
  const format = useFormatters();
  const messageText = useMessageText();
  const inputId = useId();
  const { files, percent, failure, refused } = state;
  function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = Array.from(event.target.files ?? []);
    // cleared so the same file can be chosen again after removing it
    event.target.value = "";
    state.add(chosen);
  }
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-col gap-1.5">
        <label htmlFor={inputId} className="text-sm font-medium text-navy-900">
          {label ?? t("label")}
        </label>
        <input
          id={inputId}
          type="file"
          multiple
          onChange={choose}
          aria-describedby={`${inputId}-hint`}
          disabled={state.isUploading}
          className="block w-full text-sm text-slate-700 file:mr-3 file:h-9 file:cursor-pointer file:rounded-md file:border file:border-navy-200 file:bg-white file:px-3 file:text-sm file:font-semibold file:text-navy-900 hover:file:bg-navy-50"
        />
        <p id={`${inputId}-hint`} className="text-sm text-slate-600">
          {hint ?? t("hint")} {t("limit", { size: format.fileSize(maxBytes) })}
        </p>
      </div>
      {refused ? (
        <p role="alert" className="text-sm font-medium text-brand-700">
          {refused}
        </p>
      ) : null}
      {files.length ? (
        <ul aria-label={t("listLabel")} className="flex flex-col gap-1.5">
          {files.map((file, index) => (
            <li
              key={`${index}-${file.name}-${file.size}`}
              className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm"
            >
              <span className="break-all text-navy-900">{file.name}</span>
              <span className="text-slate-600 tabular-nums">{format.fileSize(file.size)}</span>
              <button
                type="button"
                onClick={() => state.remove(index)}
                disabled={state.isUploading}
                aria-label={t("removeName", { name: file.name })}
                className="rounded text-sm font-medium text-navy-700 underline decoration-navy-300 hover:text-brand-700 focus-visible:ring-2 focus-visible:ring-focus focus-visible:outline-none disabled:opacity-60"
              >
                {t("remove")}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {percent !== null ? (
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor={`${inputId}-progress`}>{t("uploading", { percent })}</label>
          <progress
            id={`${inputId}-progress`}
            max={100}
            value={percent}
            className="h-2 w-full max-w-md accent-brand-600"
          />
        </div>
      ) : null}
      {failure ? (
        <div role="alert" className="flex flex-col items-start gap-2 text-sm text-brand-700">
          <p className="font-medium">
            {t("notAttached", { count: files.length, error: messageText(failure.error) ?? "" })}
          </p>
          <button
            type="button"
            onClick={() => void state.attach(failure.ticketId, failure.messageId)}
            className="inline-flex h-9 items-center rounded-md border border-navy-200 bg-white px-3 font-semibold text-navy-900 hover:bg-navy-50 focus-visible:ring-2 focus-visible:ring-focus focus-visible:outline-none"
          >
            {t("attachAgain")}
          </button>
        </div>
      ) : null}
    </div>
  );
}

/** The drop-zone look of a message box while files are dragged over it. */
export const dropHighlight = (isDragging: boolean) =>
  cn(isDragging && "outline-2 outline-offset-2 outline-dashed outline-navy-500");
