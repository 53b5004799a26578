"use client";

import { useEffect, type RefObject } from "react";

/**
 * When a submitted form goes away with the page it was on (a redirect to the next step or to
 * where the login was going), its focused button goes with it and focus falls to <body>. Once
 * the new page is in, focus moves to its heading (or its <main>), where reading continues.
 */
export function focusNewPage() {
  const active = document.activeElement;
  if (active && active !== document.body && active.isConnected) return; // the page took it
  const heading = document.querySelector<HTMLElement>("main h1");
  if (heading && !heading.hasAttribute("tabindex")) heading.tabIndex = -1;
  (heading ?? document.querySelector<HTMLElement>("main"))?.focus();
}

/** Runs `focusNewPage` after the form of `formRef` is removed, if it had been submitted. */
export function useFocusAfterLeaving(formRef: RefObject<HTMLFormElement | null>) {
  useEffect(() => {
    let submitted = false;
    const form = formRef.current;
    const onSubmit = () => (submitted = true);
    form?.addEventListener("submit", onSubmit);
    return () => {
      form?.removeEventListener("submit", onSubmit);
      // after the commit that removed the form has put the new page in; a tab in the
      // background runs no animation frames, so a timer makes sure (a second call does nothing)
      if (submitted) {
        requestAnimationFrame(focusNewPage);
        setTimeout(focusNewPage, 250);
      }
    };
  }, [formRef]);
}
