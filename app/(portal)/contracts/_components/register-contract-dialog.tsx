"use client";

import { useTranslations } from "next-intl";
import { lazy, Suspense, useId, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { Button } from "@/components/ui/button";
import { NeedsJavaScript } from "@/components/ui/needs-javascript";
import { useIsHydrated } from "@/components/ui/use-is-hydrated";

/**
 * The "Register contract" button of every customer page and its modal dialog. A native
 * <dialog> opened with showModal(): the page behind is inert, Escape closes it, and focus
 * goes back to the button. It is portalled to <body> so it does not inherit the dark header's
 * colours. The form is mounted only while open, so each opening starts empty; its code (zod,
 * react-hook-form) loads when the pointer or focus reaches the button, not with the page.
 */
const loadForm = () => import("./register-contract-form");
const RegisterContractForm = lazy(() =>
  loadForm().then((module) => ({ default: module.RegisterContractForm })),
);

const POPUP = "dialog";

export function RegisterContractButton() {
  const t = useTranslations("portal.registerContract");
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const [isOpen, setIsOpen] = useState(false);
  const isClient = useIsHydrated();
  const titleId = useId();
  const descriptionId = useId();

  const open = () => {
    returnFocusTo.current = document.activeElement as HTMLElement | null;
    dialogRef.current?.showModal();
    setIsOpen(true);
  };
  const close = () => dialogRef.current?.close();
  const onClose = () => {
    setIsOpen(false);
    returnFocusTo.current?.focus();
  };

  return (
    <div className="relative">
      <Button
        variant="primary"
        aria-haspopup={POPUP}
        onClick={open}
        onPointerEnter={() => void loadForm()}
        onFocus={() => void loadForm()}
        disabled={!isClient}
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4">
          <path d="M9.25 4h1.5v5.25H16v1.5h-5.25V16h-1.5v-5.25H4v-1.5h5.25V4Z" />
        </svg>
        {t("button")}
      </Button>
      <NeedsJavaScript what={t("registering")} floating />
      {isClient
        ? createPortal(
            <dialog
              ref={dialogRef}
              aria-labelledby={titleId}
              aria-describedby={descriptionId}
              onClose={onClose}
              className="m-auto w-[calc(100%-2rem)] max-w-lg rounded-lg border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-navy-950/60"
            >
              {isOpen ? (
                <div className="flex flex-col gap-5 p-5 sm:p-6">
                  <div className="flex items-start justify-between gap-4">
                    <div className="flex flex-col gap-1">
                      <h2 id={titleId} className="text-lg font-semibold text-navy-900">
                        {t("title")}
                      </h2>
                      <p id={descriptionId} className="text-sm text-slate-600">
                        {t("description")}
                      </p>
                    </div>
                    <Button variant="ghost" size="sm" onClick={close} className="-mt-1 -mr-2">
                      <svg
                        aria-hidden="true"
                        viewBox="0 0 20 20"
                        fill="currentColor"
                        className="size-5"
                      >
                        <path d="M5.28 4.22 10 8.94l4.72-4.72 1.06 1.06L11.06 10l4.72 4.72-1.06 1.06L10 11.06l-4.72 4.72-1.06-1.06L8.94 10 4.22 5.28l1.06-1.06Z" />
                      </svg>
                      <span className="sr-only">{t("closeDialog")}</span>
                    </Button>
                  </div>
                  <Suspense fallback={<p className="text-sm text-slate-600">{t("loading")}</p>}>
                    <RegisterContractForm onDone={close} />
                  </Suspense>
                </div>
              ) : null}
            </dialog>,
            document.body,
          )
        : null}
    </div>
  );
}
