import { useTranslations } from "next-intl";
import { useFormatters } from "@/components/i18n/use-formatters";
import { useMessageText } from "@/components/i18n/use-message-text";
import type { TicketHistoryEntry } from "@/lib/tickets/ticket-history";

/** The ticket's history, oldest first: one sentence and its time per change. */
export function HistoryList({ entries }: { entries: TicketHistoryEntry[] }) {
  const t = useTranslations("desk.ticket.history");
  const format = useFormatters();
  const text = useMessageText();
  if (!entries.length) return <p className="text-sm text-slate-600">{t("none")}</p>;
  return (
    <ol aria-label={t("label")} className="flex flex-col gap-3 border-l border-slate-200 pl-4">
      {entries.map((entry) => (
        <li key={entry.id} className="relative text-sm">
          <span
            aria-hidden="true"
            className="absolute top-1.5 -left-[1.3rem] size-2 rounded-full bg-navy-400"
          />
          <p className="text-slate-800">{text(entry.sentence)}</p>
          <time dateTime={entry.at.toISOString()} className="text-xs text-slate-500">
            {format.dateTime(entry.at)}
          </time>
        </li>
      ))}
    </ol>
  );
}
