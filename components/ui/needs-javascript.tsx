"use client";

import { useIsHydrated } from "./use-is-hydrated";

/**
 * Next to the control of a form that can't work without JavaScript (dialogs, uploads, live
 * lists): says so plainly instead of doing nothing. Rendered until React runs, so it shows both
 * with JavaScript off and while a page is still waiting for its scripts (a <noscript> would
 * miss that case).
 */
export function NeedsJavaScript({ what = "This form" }: { what?: string }) {
  const isHydrated = useIsHydrated();
  if (isHydrated) return null;
  return (
    <p className="text-sm font-medium text-brand-700">
      {what} needs JavaScript, which is off or still loading. If this stays, turn JavaScript on and
      reload the page.
    </p>
  );
}
