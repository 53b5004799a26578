"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { usePolling } from "@/components/ui/use-polling";

/**
 * The header's bell: the unread count, kept current by asking the server every `pollSeconds`
 * and whenever the tab comes back into view. A count that grows is announced once.
 */
export function NotificationBell({
  initialUnread,
  pollSeconds,
}: {
  initialUnread: number;
  pollSeconds: number;
}) {
  const [unread, setUnread] = useState(initialUnread);
  const [announcement, setAnnouncement] = useState("");
  const known = useRef(initialUnread);
  const t = useTranslations("shell.bell");

  // A navigation renders the layout's count again (e.g. after opening a notification).
  const [rendered, setRendered] = useState(initialUnread);
  if (rendered !== initialUnread) {
    setRendered(initialUnread);
    setUnread(initialUnread);
  }
  useEffect(() => {
    known.current = initialUnread;
  }, [initialUnread]);

  usePolling(
    async (signal) => {
      const response = await fetch("/api/notifications/unread", { cache: "no-store", signal });
      if (!response.ok) return;
      const { unread: now } = (await response.json()) as { unread: number };
      if (signal.aborted) return;
      if (now > known.current) setAnnouncement(t("arrived", { count: now - known.current }));
      known.current = now;
      setUnread(now);
    },
    pollSeconds,
    { whenShown: true },
  );

  return (
    <>
      <Link
        href="/staff/notifications"
        aria-label={t("label", { unread })}
        title={t("label", { unread })}
        className="relative flex size-10 items-center justify-center rounded-full text-white hover:bg-navy-700"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          className="size-6"
        >
          <path
            strokeLinecap="round"
            strokeLinejoin="round"
            d="M14.9 17.1a3 3 0 0 1-5.8 0M18 9.5a6 6 0 1 0-12 0c0 3.6-1.2 5.5-2 6.4-.3.4 0 1.1.5 1.1h15c.5 0 .8-.7.5-1.1-.8-.9-2-2.8-2-6.4Z"
          />
        </svg>
        {unread ? (
          <span
            aria-hidden="true"
            data-testid="unread-count"
            className="absolute -top-0.5 -right-0.5 min-w-5 rounded-full bg-brand-600 px-1 text-center text-xs leading-5 font-bold text-white ring-2 ring-navy-900"
          >
            {unread > 99 ? "99+" : unread}
          </span>
        ) : null}
      </Link>
      <span role="status" className="sr-only">
        {announcement}
      </span>
    </>
  );
}
