"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { useIsHydrated } from "@/components/ui/use-is-hydrated";

/**
 * "Copy" for the code block it sits in (see CodeBlock): copies the block's text as shown,
 * read from the page rather than passed in, so a long log is not sent to the browser twice.
 * Rendered only once React runs: without JavaScript the block is plain selectable text.
 */
export function CopyCodeButton() {
  const t = useTranslations("ui.code");
  const isHydrated = useIsHydrated();
  const ref = useRef<HTMLButtonElement>(null);
  const [copied, setCopied] = useState<"ok" | "failed" | null>(null);
  if (!isHydrated) return null;

  async function copy() {
    const text = ref.current?.closest("[data-code-block]")?.querySelector("code")?.textContent;
    try {
      await navigator.clipboard.writeText(text ?? "");
      setCopied("ok");
    } catch {
      setCopied("failed");
    }
  }

  return (
    <div className="absolute top-1.5 right-1.5 flex items-center gap-2">
      <span aria-live="polite" className="text-xs text-slate-100">
        {copied ? t(copied === "ok" ? "copied" : "copyFailed") : null}
      </span>
      <button
        ref={ref}
        type="button"
        onClick={() => void copy()}
        className="rounded border border-slate-600 bg-slate-800 px-2 py-0.5 font-sans text-xs font-semibold text-slate-100 hover:bg-slate-700"
      >
        {t("copy")}
      </button>
    </div>
  );
}
