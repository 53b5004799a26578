import type { ReactNode } from "react";

/** Text for screen readers only (e.g. the name of an icon-only button). */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="sr-only">{children}</span>;
}
