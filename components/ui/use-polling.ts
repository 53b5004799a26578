"use client";

import { useEffect, useRef } from "react";

/**
 * Calls `poll` every `seconds` while the tab is shown (a hidden tab asks nothing); with
 * `atStart` also at once, with `whenShown` also whenever the tab is shown again. `poll` gets a
 * signal that aborts when the component goes or `key` changes: an answer after that is
 * dropped. A poll that fails (offline for a moment) just waits for the next tick.
 */
export function usePolling(
  poll: (signal: AbortSignal) => Promise<void>,
  seconds: number,
  {
    atStart = false,
    whenShown = false,
    key,
  }: { atStart?: boolean; whenShown?: boolean; key?: string } = {},
) {
  const latest = useRef(poll);
  useEffect(() => {
    latest.current = poll;
  });
  useEffect(() => {
    const controller = new AbortController();
    const tick = () => {
      if (document.visibilityState === "visible") latest.current(controller.signal).catch(() => {});
    };
    if (atStart) tick();
    const timer = setInterval(tick, seconds * 1000);
    if (whenShown) document.addEventListener("visibilitychange", tick);
    return () => {
      controller.abort();
      clearInterval(timer);
      document.removeEventListener("visibilitychange", tick);
    };
  }, [seconds, atStart, whenShown, key]);
}
