"use client";

import { useQueueNeighbours } from "@/components/tickets/queue-order";
import { TextLink } from "@/components/ui/text-link";

/**
 * "← Queue" back to the queue as it was left (its view and filters), and, when this ticket is
 * on that list, its previous and next ticket: the j and k keys (keyboard-shortcuts.tsx).
 */
export function QueueNeighbours({ ticketId }: { ticketId: string }) {
  const neighbours = useQueueNeighbours(ticketId);
  return (
    <nav aria-label="Queue" className="flex flex-wrap items-center gap-x-4 gap-y-1">
      <TextLink href={neighbours?.queueHref ?? "/staff/queue"}>← Queue</TextLink>
      {neighbours ? (
        <>
          <span className="text-slate-600">
            {neighbours.position} of {neighbours.count}
          </span>
          {neighbours.previous ? (
            <TextLink
              href={`/staff/tickets/${neighbours.previous.id}`}
              data-shortcut-target="previous-ticket"
              aria-keyshortcuts="k"
            >
              Previous: {neighbours.previous.number}
            </TextLink>
          ) : null}
          {neighbours.next ? (
            <TextLink
              href={`/staff/tickets/${neighbours.next.id}`}
              data-shortcut-target="next-ticket"
              aria-keyshortcuts="j"
            >
              Next: {neighbours.next.number}
            </TextLink>
          ) : null}
        </>
      ) : null}
    </nav>
  );
}
