"use client";

import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { useActionState, useCallback, useEffect, useId, useRef, useState } from "react";
import { signOutAction } from "@/app/sign-out-action";
import { Button } from "@/components/ui/button";
import { LinkButton } from "@/components/ui/link-button";
import { initialFormState } from "@/lib/actions/form-action";
import { SESSION_IDLE_SECONDS, SESSION_WARNING_SECONDS } from "@/lib/auth/session-policy";
import {
  nextCheckDelay,
  timeLeft,
  sessionEndedLoginPath,
  sessionPhase,
  type SessionPhase,
} from "@/lib/auth/session-timeout";

/** The server's answer about the session: its seconds left, 0 once it ended (401). */
async function askSession(method: "GET" | "POST"): Promise<number | null> {
  try {
    const response = await fetch("/api/session", { method, cache: "no-store" });
    if (response.status === 401) return 0;
    if (!response.ok) return null;
    return ((await response.json()) as { secondsLeft: number }).secondsLeft;
  } catch {
    return null; // offline for a moment: the page's own clock decides
  }
}

/** The session's seconds left as the server says, or as the page's clock reckons offline. */
async function secondsLeftNow(endsAt: number): Promise<number> {
  return (await askSession("GET")) ?? Math.max(0, (endsAt - Date.now()) / 1000);
}

/**
 * The idle timeout, told before it strikes. The page knows the seconds its session has left
 * (from the server's render, `secondsLeft`) and asks the server again (GET /api/session, which
 * does not extend the session) when the warning is due and at the end, and whenever the tab
 * comes back into view: the user's requests in this or another tab may have extended it. Two
 * minutes before the end a modal dialog says so and offers "Stay signed in" (POST
 * /api/session, which extends it) and "Sign out"; once it ended, it says so and offers to log
 * in again over the page as it was, and to come back to it (reply boxes keep their drafts,
 * components/forms/use-draft).
 * Escape closes the dialog: the session still ends, and then the dialog comes back.
 */
export function SessionTimeout({ secondsLeft }: { secondsLeft: number }) {
  const [phase, setPhase] = useState<SessionPhase>(() =>
    sessionPhase(secondsLeft, SESSION_WARNING_SECONDS),
  );
  const [left, setLeft] = useState(secondsLeft);
  const [dismissed, setDismissed] = useState<SessionPhase | null>(null);
  const [isExtending, setIsExtending] = useState(false);
  const endsAt = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const dialog = useRef<HTMLDialogElement>(null);
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const descriptionId = useId();
  const [, signOut] = useActionState(signOutAction, initialFormState);
  const pathname = usePathname();

  const apply = useCallback(function apply(seconds: number) {
    endsAt.current = Date.now() + seconds * 1000;
    const next = sessionPhase(seconds, SESSION_WARNING_SECONDS);
    setLeft(seconds);
    setPhase(next);
    if (next === "active") setDismissed(null);
    clearTimeout(timer.current);
    const delay = nextCheckDelay(seconds, SESSION_WARNING_SECONDS);
    if (delay !== null)
      timer.current = setTimeout(async () => apply(await secondsLeftNow(endsAt.current)), delay);
  }, []);
  const check = useCallback(async () => apply(await secondsLeftNow(endsAt.current)), [apply]);

  // The figure of the server's render: at the start, and again when the layout renders anew.
  useEffect(() => apply(secondsLeft), [secondsLeft, apply]);

  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === "visible") void check();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      document.removeEventListener("visibilitychange", onVisible);
      clearTimeout(timer.current);
    };
  }, [check]);

  // The countdown while the warning shows.
  useEffect(() => {
    if (phase !== "warning") return;
    const tick = setInterval(
      () => setLeft(Math.max(0, (endsAt.current - Date.now()) / 1000)),
      1000,
    );
    return () => clearInterval(tick);
  }, [phase]);

  const isOpen = phase !== "active" && dismissed !== phase;
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (isOpen) {
      // a new phase is a new message: shown (and announced) afresh, focus on its answer
      if (element.open) element.close();
      else
        returnFocusTo.current =
          document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.showModal();
      element.querySelector<HTMLElement>("[data-answer]")?.focus();
    } else if (element.open) {
      element.close();
      returnFocusTo.current?.focus();
    }
  }, [isOpen, phase]);

  const staySignedIn = async () => {
    setIsExtending(true);
    const answer = await askSession("POST");
    setIsExtending(false);
    setDismissed(null);
    if (answer === null) void check();
    else apply(answer);
  };

  const ended = phase === "ended";
  const t = useTranslations("shell.session");
  const idleRule = t("idleRule", { minutes: SESSION_IDLE_SECONDS / 60 });
  const remaining = timeLeft(left);
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      onCancel={() => setDismissed(phase)}
      className="m-auto w-[calc(100%-2rem)] max-w-md rounded-lg border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-navy-950/60"
    >
      <div className="flex flex-col gap-4 p-5 sm:p-6">
        <h2 id={titleId} className="text-lg font-semibold text-navy-900">
          {ended
            ? t("ended")
            : t("endsIn", { timeLeft: t(remaining.unit, { count: remaining.count }) })}
        </h2>
        <p id={descriptionId} className="text-sm text-slate-700">
          {ended ? t("endedText", { idleRule }) : t("endsText", { idleRule })}
        </p>
        <div className="flex flex-wrap justify-end gap-2">
          {ended ? (
            <LinkButton data-answer href={sessionEndedLoginPath(pathname)} variant="primary">
              {t("logInAgain")}
            </LinkButton>
          ) : (
            <>
              <form action={signOut}>
                <Button type="submit" variant="secondary">
                  {t("signOut")}
                </Button>
              </form>
              <Button
                data-answer
                variant="primary"
                disabled={isExtending}
                aria-busy={isExtending || undefined}
                onClick={() => void staySignedIn()}
              >
                {t("staySignedIn")}
              </Button>
            </>
          )}
        </div>
      </div>
    </dialog>
  );
}
