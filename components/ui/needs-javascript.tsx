"use client";

import { useTranslations } from "next-intl";
import { cn } from "./cn";
import { useIsHydrated } from "./use-is-hydrated";

/**
 * Next to the control of a form that can't work without JavaScript (dialogs, uploads, live
 * lists): says so plainly instead of doing nothing. Rendered until React runs, so it shows both
 * with JavaScript off and while a page is still waiting for its scripts (a <noscript> would
 * miss that case).
 */
export function NeedsJavaScript({
  what,
  floating = false,
}: {
  /** What needs it, e.g. "Register contract"; by default "This form". */
  what?: string;
  /**
   * Laid over the page under its control (which must sit in a `relative` box) instead of taking
   * room in it: where the notice's going at hydration would move the page (the header), a
   * layout shift Lighthouse counts (CLS 0.2–0.4 on every customer page).
   */
  floating?: boolean;
}) {
  const isHydrated = useIsHydrated();
  const t = useTranslations("ui.needsJavaScript");
  if (isHydrated) return null;
  return (
    <p
      className={cn(
        "text-sm font-medium text-brand-700",
        floating &&
          "absolute top-full right-0 z-10 mt-2 w-72 rounded-md border border-brand-200 bg-white p-3 shadow-lg",
      )}
    >
      {t("text", { what: what ?? t("thisForm") })}
    </p>
  );
}
