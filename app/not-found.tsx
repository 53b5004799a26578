import type { Metadata } from "next";
import { NotFoundPanel } from "@/components/shell/not-found-panel";
import { PublicShell } from "@/components/shell/public-shell";

export const metadata: Metadata = { title: "Page not found" };

/** Unknown URLs; rendered in the root layout, so it brings its own shell. */
export default function NotFound() {
  return (
    <PublicShell>
      <NotFoundPanel />
    </PublicShell>
  );
}
