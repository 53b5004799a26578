import type { TicketHistoryEntry } from "@/lib/tickets/ticket-history";
import { formatDateTime } from "@/lib/format";

/** The ticket's history, oldest first: one sentence and its time per change. */
export function HistoryList({ entries }: { entries: TicketHistoryEntry[] }) {
  if (!entries.length) return <p className="text-sm text-slate-600">No changes recorded yet.</p>;
  return (
    <ol aria-label="Ticket history" className="flex flex-col gap-3 border-l border-slate-200 pl-4">
      {entries.map((entry) => (
        <li key={entry.id} className="relative text-sm">
          <span
            aria-hidden="true"
            className="absolute top-1.5 -left-[1.3rem] size-2 rounded-full bg-navy-400"
          />
          <p className="text-slate-800">{entry.sentence}</p>
          <time dateTime={entry.at.toISOString()} className="text-xs text-slate-500">
            {formatDateTime(entry.at)}
          </time>
        </li>
      ))}
    </ol>
  );
}
