"use client";

import { useTranslations } from "next-intl";
import { useQueueNeighbours } from "@/components/tickets/queue-order";
import { TextLink } from "@/components/ui/text-link";

/** Each side's link; its words are desk.ticket.neighbours.<side>. */
const STEPS = [
  { side: "previous", key: "k" },
  { side: "next", key: "j" },
] as const;

/**
 * "← Queue" back to the queue as it was left (its view and filters), and, when this ticket is
 * on that list, its previous and next ticket: the j and k keys (keyboard-shortcuts.tsx).
 */
export function QueueNeighbours({ ticketId }: { ticketId: string }) {
  const t = useTranslations("desk.ticket.neighbours");
  const neighbours = useQueueNeighbours(ticketId);
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-x-4 gap-y-1">
      <TextLink href={neighbours?.queueHref ?? "/staff/queue"}>{t("back")}</TextLink>
      {neighbours ? (
        <>
          <span className="text-slate-600">
            {t("position", { position: neighbours.position, count: neighbours.count })}
          </span>
          {STEPS.map(({ side, key }) => {
            const ticket = neighbours[side];
            return ticket ? (
              <TextLink
                key={side}
                href={`/staff/tickets/${ticket.id}`}
                data-shortcut-target={`${side}-ticket`}
                aria-keyshortcuts={key}
              >
                {t(side, { number: ticket.number })}
              </TextLink>
            ) : null;
          })}
        </>
      ) : null}
    </nav>
  );
}
