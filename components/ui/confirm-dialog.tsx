"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, type ReactNode } from "react";
import { Button } from "./button";

/**
 * "Are you sure?" as a modal native <dialog>: showModal() makes the page behind inert and moves
 * focus in (to the confirming button), Escape or "Cancel" closes it, and focus goes back to
 * what had it before. `onClose(true)` only after the confirming button.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  onClose,
}: {
  open: boolean;
  title: string;
  /** What happens on confirming: the dialog's description. */
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  onClose: (confirmed: boolean) => void;
}) {
  const t = useTranslations("ui");
  const ref = useRef<HTMLDialogElement>(null);
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocusTo.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.returnValue = "";
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      onClose={(event) => {
        returnFocusTo.current?.focus();
        if (open) onClose(event.currentTarget.returnValue === "confirm");
      }}
      className="m-auto w-[calc(100%-2rem)] max-w-md rounded-lg border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-navy-950/60"
    >
      <div className="flex flex-col gap-4 p-5 sm:p-6">
        <h2 id={titleId} className="text-lg font-semibold text-navy-900">
          {title}
        </h2>
        <div id={descriptionId} className="text-sm text-slate-700">
          {children}
        </div>
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={() => ref.current?.close()}>
            {cancelLabel ?? t("cancel")}
          </Button>
          <Button variant="primary" autoFocus onClick={() => ref.current?.close("confirm")}>
            {confirmLabel}
          </Button>
        </div>
      </div>
    </dialog>
  );
}
