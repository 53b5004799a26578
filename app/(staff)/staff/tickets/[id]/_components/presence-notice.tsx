"use client";

import { useEffect, useRef, useState } from "react";
import type { PresentColleague } from "@/lib/tickets/presence";

const sentence = (colleagues: PresentColleague[]) => {
  const typing = colleagues.filter((colleague) => colleague.typing);
  const names = (list: PresentColleague[]) => list.map((colleague) => colleague.name).join(", ");
  if (typing.length)
    return `${names(typing)} ${typing.length === 1 ? "is" : "are"} typing a reply to this ticket.`;
  return `${names(colleagues)} ${colleagues.length === 1 ? "has" : "have"} this ticket open too.`;
};

/**
 * Tells an engineer that a colleague has the same ticket open, or is typing a reply, so two
 * people don't answer the customer at once. Reports this page's presence every `pollSeconds`,
 * and at once when the engineer starts typing in the reply box (the section `replySectionId`).
 */
export function PresenceNotice({
  ticketId,
  pollSeconds,
  replySectionId,
}: {
  ticketId: string;
  pollSeconds: number;
  replySectionId: string;
}) {
  const [colleagues, setColleagues] = useState<PresentColleague[]>([]);
  const typedAt = useRef(0);

  useEffect(() => {
    let stopped = false;
    const report = async (typing: boolean) => {
      try {
        const response = await fetch(`/api/staff/tickets/${ticketId}/presence`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ typing }),
        });
        if (!response.ok || stopped) return;
        setColleagues(((await response.json()) as { present: PresentColleague[] }).present);
      } catch {
        // offline for a moment: the next beat reports again
      }
    };
    const beat = () => {
      if (document.visibilityState === "visible") void report(Date.now() - typedAt.current < 5_000);
    };
    const onInput = (event: Event) => {
      const section = document.getElementById(replySectionId);
      if (!(event.target instanceof Node) || !section?.contains(event.target)) return;
      const first = Date.now() - typedAt.current > 5_000;
      typedAt.current = Date.now();
      if (first) void report(true);
    };
    beat();
    const timer = setInterval(beat, pollSeconds * 1000);
    document.addEventListener("input", onInput);
    return () => {
      stopped = true;
      clearInterval(timer);
      document.removeEventListener("input", onInput);
    };
  }, [ticketId, pollSeconds, replySectionId]);

  return (
    <div role="status" aria-live="polite">
      {colleagues.length ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {sentence(colleagues)}
        </p>
      ) : null}
    </div>
  );
}
