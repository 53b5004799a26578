import { useTranslations } from "next-intl";
import { useFormatters } from "@/components/i18n/use-formatters";
import { cn } from "@/components/ui/cn";

export type AttachmentListItem = {
  id: string;
  fileName: string;
  sizeBytes: number;
  createdAt: Date | string;
};

/** The files of each message, by its id; the ticket's own files (no message) are left out. */
export function filesByMessage<T extends AttachmentListItem & { messageId: string | null }>(
  attachments: T[],
): Map<string, T[]> {
  const byMessage = new Map<string, T[]>();
  for (const file of attachments) {
    if (!file.messageId) continue;
    const files = byMessage.get(file.messageId);
    if (files) files.push(file);
    else byMessage.set(file.messageId, [file]);
  }
  return byMessage;
}

/**
 * Files of a ticket or message: each name downloads it, with its size and upload time. Pass
 * only what the viewer may see (getTicket already leaves out internal notes' files for
 * customers); the download route checks again. Renders nothing for an empty list.
 */
export function AttachmentList({
  attachments,
  label,
  className,
}: {
  attachments: AttachmentListItem[];
  /** Accessible name of the list, e.g. "Attachments of this reply". */
  label?: string;
  className?: string;
}) {
  const t = useTranslations("tickets.attachments");
  const format = useFormatters();
  if (!attachments.length) return null;
  return (
    <ul aria-label={label ?? t("label")} className={cn("flex flex-col gap-2", className)}>
      {attachments.map((attachment) => {
        const createdAt = new Date(attachment.createdAt);
        return (
          <li
            key={attachment.id}
            className="flex flex-wrap items-baseline gap-x-3 gap-y-0.5 text-sm text-slate-600"
          >
            <svg
              aria-hidden="true"
              viewBox="0 0 20 20"
              fill="currentColor"
              className="size-4 shrink-0 self-center text-slate-400"
            >
              <path d="M13.2 3.3a3.3 3.3 0 0 1 4.7 4.7l-7.4 7.4a5 5 0 0 1-7.1-7.1l6.2-6.2 1.1 1.1-6.2 6.2a3.4 3.4 0 0 0 4.8 4.8l7.4-7.4a1.8 1.8 0 0 0-2.5-2.5l-7.2 7.2a.3.3 0 0 0 .4.4l6.1-6.1 1.1 1.1-6.1 6.1a1.9 1.9 0 0 1-2.7-2.7Z" />
            </svg>
            <a
              href={`/api/attachments/${attachment.id}`}
              download
              className="font-medium break-all text-navy-700 underline decoration-navy-300 hover:text-brand-700 hover:decoration-brand-500"
            >
              {attachment.fileName}
            </a>
            <span>{format.fileSize(attachment.sizeBytes)}</span>
            <time dateTime={createdAt.toISOString()} className="text-slate-500">
              {format.dateTime(createdAt)}
            </time>
          </li>
        );
      })}
    </ul>
  );
}
