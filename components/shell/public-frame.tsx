import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { SiteFooter } from "./site-footer";
import { SkipLink } from "./skip-link";

/**
 * PublicShell's frame, with the header's brand given: the error page, a client component, gives
 * a plain link there. Importing next/link into a client component ships its own copy of
 * next/link's client code (~4 kB gzip), and app/error.tsx is in every page's first load.
 */
export function PublicFrame({
  brand,
  aside,
  children,
  width = "narrow",
}: {
  brand: ReactNode;
  /** At the header's other end: the language switcher. */
  aside?: ReactNode;
  children: ReactNode;
  width?: "narrow" | "wide";
}) {
  return (
    <div className="flex min-h-dvh flex-col bg-linear-to-b from-navy-50 to-slate-50">
      <SkipLink />
      <header className="on-dark bg-navy-900 text-white shadow-sm">
        <div className="h-1 bg-brand-600" aria-hidden="true" />
        <div className="mx-auto flex max-w-7xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
          {brand}
          {aside}
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
