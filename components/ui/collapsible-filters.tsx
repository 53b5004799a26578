"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { useIsHydrated } from "./use-is-hydrated";

/**
 * On a phone, a list's filters fold behind a "Filters" button so the list comes first; on
 * wider screens, and before JavaScript runs, they are simply shown.
 */
export function CollapsibleFilters({
  id,
  active,
  children,
}: {
  id: string;
  /** Whether any filter is set: the button says so. */
  active: boolean;
  children: ReactNode;
}) {
  const isHydrated = useIsHydrated();
  const t = useTranslations("ui.filters");
  const [open, setOpen] = useState(false);
  const folded = isHydrated && !open;
  return (
    <div className="mb-5">
      {isHydrated ? (
        <button
          type="button"
          aria-expanded={!folded}
          aria-controls={id}
          onClick={() => setOpen((was) => !was)}
          className="mb-3 inline-flex items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-navy-900 shadow-sm md:hidden"
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4">
            <path d="M3 4.5h14v1.5l-5.5 5.5V16l-3-1.5v-3L3 6V4.5Z" />
          </svg>
          {active ? t("foldedOn") : t("folded")}
        </button>
      ) : null}
      <div id={id} className={folded ? "max-md:hidden" : undefined}>
        {children}
      </div>
    </div>
  );
}
