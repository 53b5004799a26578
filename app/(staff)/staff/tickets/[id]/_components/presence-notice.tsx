"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { usePolling } from "@/components/ui/use-polling";
import type { PresentColleague } from "@/lib/tickets/presence";

const sentence = (
  t: ReturnType<typeof useTranslations<"desk.ticket.presence">>,
  colleagues: PresentColleague[],
) => {
  const typing = colleagues.filter((colleague) => colleague.typing);
  const names = (list: PresentColleague[]) => list.map((colleague) => colleague.name).join(", ");
  if (typing.length) return t("typing", { names: names(typing), count: typing.length });
  return t("open", { names: names(colleagues), count: colleagues.length });
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
  const t = useTranslations("desk.ticket.presence");
  const [colleagues, setColleagues] = useState<PresentColleague[]>([]);
  const typedAt = useRef(0);

  const report = useCallback(
    async (typing: boolean, signal?: AbortSignal) => {
      const response = await fetch(`/api/staff/tickets/${ticketId}/presence`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ typing }),
        signal,
      });
      if (!response.ok) return;
      const { present } = (await response.json()) as { present: PresentColleague[] };
      if (!signal?.aborted) setColleagues(present);
    },
    [ticketId],
  );
  usePolling((signal) => report(Date.now() - typedAt.current < 5_000, signal), pollSeconds, {
    atStart: true,
    key: ticketId,
  });
  useEffect(() => {
    const onInput = (event: Event) => {
      const section = document.getElementById(replySectionId);
      if (!(event.target instanceof Node) || !section?.contains(event.target)) return;
      const first = Date.now() - typedAt.current > 5_000;
      typedAt.current = Date.now();
      // offline for a moment: the next beat reports again
      if (first) report(true).catch(() => {});
    };
    document.addEventListener("input", onInput);
    return () => document.removeEventListener("input", onInput);
  }, [report, replySectionId]);

  return (
    <div role="status" aria-live="polite">
      {colleagues.length ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {sentence(t, colleagues)}
        </p>
      ) : null}
    </div>
  );
}
