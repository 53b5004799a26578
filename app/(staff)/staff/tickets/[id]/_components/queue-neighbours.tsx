"use client";

import { useQueueNeighbours } from "@/components/tickets/queue-order";
import { TextLink } from "@/components/ui/text-link";

const STEPS = [
  { side: "previous", label: "Previous", key: "k" },
  { side: "next", label: "Next", key: "j" },
] as const;

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
          {STEPS.map(({ side, label, key }) => {
            const ticket = neighbours[side];
            return ticket ? (
              <TextLink
                key={side}
                href={`/staff/tickets/${ticket.id}`}
                data-shortcut-target={`${side}-ticket`}
                aria-keyshortcuts={key}
              >
                {label}: {ticket.number}
              </TextLink>
            ) : null;
          })}
        </>
      ) : null}
    </nav>
  );
}
