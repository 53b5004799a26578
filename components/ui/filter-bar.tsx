import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "./button";
import { cn } from "./cn";
import { CollapsibleFilters } from "./collapsible-filters";
import { LinkButton } from "./link-button";

/**
 * The GET form above a list: its fields, the submit button and, while anything is filtered,
 * a link back to the unfiltered list. It works without JavaScript: the URL is the state.
 */
export function FilterBar({
  action,
  label,
  submitLabel,
  clearHref,
  clearLabel,
  actions,
  className = "sm:grid-cols-2 lg:grid-cols-5",
  id = "filters",
  children,
}: {
  action: string;
  /** The form's accessible name, e.g. "Filter tickets". */
  label?: string;
  submitLabel?: string;
  /** Shown as the clear link when set (set it only while filtered). */
  clearHref?: string | null;
  clearLabel?: string;
  /** More controls beside the buttons, e.g. an export link. */
  actions?: ReactNode;
  /** The grid's columns. */
  className?: string;
  /** The form's id (the phone's "Filters" button controls it). */
  id?: string;
  children: ReactNode;
}) {
  const t = useTranslations("ui.filters");
  return (
    <CollapsibleFilters id={id} active={Boolean(clearHref)}>
      <form
        method="get"
        action={action}
        role="search"
        aria-label={label}
        className={cn("grid gap-3 rounded-lg border border-slate-200 bg-white p-4", className)}
      >
        {children}
        <div className="col-span-full flex items-end gap-2">
          <Button type="submit">{submitLabel ?? t("filter")}</Button>
          {clearHref ? (
            <LinkButton href={clearHref} variant="ghost">
              {clearLabel ?? t("clear")}
            </LinkButton>
          ) : null}
          {actions}
        </div>
      </form>
    </CollapsibleFilters>
  );
}
