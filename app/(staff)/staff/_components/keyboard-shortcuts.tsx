"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useId, useRef } from "react";
import { Button } from "@/components/ui/button";
import { useIsHydrated } from "@/components/ui/use-is-hydrated";

/**
 * What a key does, by the element it acts on: `[data-shortcut-target="<target>"]` is clicked
 * or focused; "next"/"previous" move focus along the `<target>` elements (the queue's rows).
 */
export type Shortcut = {
  key: string;
  /** Its words: desk.shortcuts.<description>. */
  description: ShortcutWords;
  target: string;
  act: "click" | "focus" | "next" | "previous";
};

/** Keys typed into a field are the field's: a shortcut never fires there. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement)
    return !["checkbox", "radio", "button", "submit", "reset"].includes(target.type);
  return false;
}

function run(shortcut: Shortcut): boolean {
  const elements = [
    ...document.querySelectorAll<HTMLElement>(`[data-shortcut-target="${shortcut.target}"]`),
  ].filter((element) => !(element as HTMLButtonElement).disabled);
  if (!elements.length) return false;
  if (shortcut.act === "click") elements[0]!.click();
  else if (shortcut.act === "focus") elements[0]!.focus();
  else {
    const at = elements.indexOf(document.activeElement as HTMLElement);
    const step = shortcut.act === "next" ? 1 : -1;
    const next = at === -1 ? (step === 1 ? 0 : elements.length - 1) : at + step;
    elements[Math.min(Math.max(next, 0), elements.length - 1)]!.focus();
  }
  return true;
}

type ShortcutWords =
  | "ticket.next"
  | "ticket.previous"
  | "ticket.assignToMe"
  | "ticket.reply"
  | "queue.next"
  | "queue.previous"
  | "showList";

const SHORTCUTS: Record<"ticket" | "queue", Shortcut[]> = {
  ticket: [
    { key: "j", description: "ticket.next", target: "next-ticket", act: "click" },
    { key: "k", description: "ticket.previous", target: "previous-ticket", act: "click" },
    { key: "a", description: "ticket.assignToMe", target: "assign-to-me", act: "click" },
    { key: "r", description: "ticket.reply", target: "reply", act: "focus" },
  ],
  queue: [
    { key: "j", description: "queue.next", target: "queue-ticket", act: "next" },
    { key: "k", description: "queue.previous", target: "queue-ticket", act: "previous" },
  ],
};

/**
 * The page's single-key shortcuts, and "?" for the list of them: a modal dialog (Escape or
 * "Close" ends it, focus goes back to where it was), also opened by its visible button.
 */
export function KeyboardShortcuts({ page }: { page: keyof typeof SHORTCUTS }) {
  const t = useTranslations("desk.shortcuts");
  const shortcuts = SHORTCUTS[page];
  const dialog = useRef<HTMLDialogElement>(null);
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const titleId = useId();

  const isHydrated = useIsHydrated();

  const open = useCallback(() => {
    if (!dialog.current || dialog.current.open) return;
    returnFocusTo.current =
      document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.current.showModal();
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || document.querySelector("dialog[open]")) return;
      if (event.key === "?") {
        event.preventDefault();
        open();
        return;
      }
      const shortcut = shortcuts.find((candidate) => candidate.key === event.key);
      if (shortcut && run(shortcut)) event.preventDefault();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [shortcuts, open]);

  return (
    <>
      {isHydrated ? (
        <Button size="sm" variant="ghost" onClick={open} aria-keyshortcuts="?">
          {t("button")}
        </Button>
      ) : null}
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        onClose={() => returnFocusTo.current?.focus()}
        className="m-auto w-[calc(100%-2rem)] max-w-md rounded-lg border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-navy-950/60"
      >
        <div className="flex flex-col gap-4 p-5 sm:p-6">
          <h2 id={titleId} className="text-lg font-semibold text-navy-900">
            {t("title")}
          </h2>
          <dl className="grid grid-cols-[auto_1fr] items-baseline gap-x-4 gap-y-2 text-sm">
            {[...shortcuts, { key: "?", description: "showList" as const }].map(
              ({ key, description }) => (
                <div key={key} className="contents">
                  <dt>
                    <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs">
                      {key}
                    </kbd>
                  </dt>
                  <dd>{t(description)}</dd>
                </div>
              ),
            )}
          </dl>
          <p className="text-sm text-slate-600">{t("note")}</p>
          <div className="flex justify-end">
            <Button variant="secondary" autoFocus onClick={() => dialog.current?.close()}>
              {t("close")}
            </Button>
          </div>
        </div>
      </dialog>
    </>
  );
}
