"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { usePolling } from "@/components/ui/use-polling";
import { Button } from "@/components/ui/button";

/**
 * Asks every `pollSeconds` whether tickets arrived since the page was rendered (`since`) and
 * says so, with a button that shows them in place (the page renders again, no reload).
 */
export function NewTicketsNotice({ since, pollSeconds }: { since: string; pollSeconds: number }) {
  const t = useTranslations("desk.queue.newTickets");
  const router = useRouter();
  const [arrived, setArrived] = useState(0);
  const [renderedAt, setRenderedAt] = useState(since);
  const [isRefreshing, startRefresh] = useTransition();
  if (renderedAt !== since) {
    setRenderedAt(since);
    setArrived(0);
  }

  usePolling(
    async (signal) => {
      const response = await fetch(`/api/staff/queue/new?since=${encodeURIComponent(since)}`, {
        cache: "no-store",
        signal,
      });
      if (!response.ok) return;
      const { newTickets } = (await response.json()) as { newTickets: number };
      if (!signal.aborted) setArrived(newTickets);
    },
    pollSeconds,
    { key: since },
  );

  return (
    <div role="status" aria-live="polite" className="mb-4">
      {arrived ? (
        <div className="flex flex-wrap items-center gap-3 rounded-md border border-navy-200 bg-navy-50 px-3 py-2 text-sm text-navy-900">
          <span>{arrived >= 100 ? t("arrivedMany") : t("arrived", { count: arrived })}</span>
          <Button
            variant="secondary"
            pending={isRefreshing}
            onClick={() => startRefresh(() => router.refresh())}
          >
            {t("show")}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
