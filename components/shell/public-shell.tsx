import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { Brand } from "./brand";
import { SiteFooter } from "./site-footer";
import { SkipLink } from "./skip-link";

/**
 * The layout of pages seen before signing in (log in, sign up, password reset): header,
 * a centred column, footer. `width="wide"` for pages that are not a single form.
 */
export function PublicShell({
  children,
  width = "narrow",
}: {
  children: ReactNode;
  width?: "narrow" | "wide";
}) {
  return (
    <div className="flex min-h-dvh flex-col bg-linear-to-b from-navy-50 to-slate-50">
      <SkipLink />
      <header className="on-dark bg-navy-900 text-white shadow-sm">
        <div className="h-1 bg-brand-600" aria-hidden="true" />
        <div className="mx-auto flex max-w-7xl items-center px-4 py-3 sm:px-6">
          <Brand />
        </div>
      </header>
      <main
        id="main"
        tabIndex={-1}
        className={cn(
          "mx-auto flex w-full flex-1 flex-col px-4 py-8 sm:py-14",
          width === "narrow" ? "max-w-md" : "max-w-5xl sm:px-6",
        )}
      >
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
