import { useTranslations } from "next-intl";
import { CopyCodeButton } from "./copy-code-button";

/**
 * A fenced block of a ticket's Markdown (pasted CLI output, a config): monospace on one dark
 * background, scrolled sideways instead of wrapped — the scroll region takes keyboard focus so
 * it can be scrolled without a mouse — with "Copy" once JavaScript runs.
 */
export function CodeBlock({ text, language }: { text: string; language?: string }) {
  const t = useTranslations("ui.code");
  return (
    <div data-code-block className="relative my-2">
      <pre
        tabIndex={0}
        role="group"
        aria-label={language ? t("blockIn", { language }) : t("block")}
        className="overflow-x-auto rounded-md bg-slate-900 p-3 pr-16 font-mono text-xs leading-5 text-slate-100"
      >
        <code>{text}</code>
      </pre>
      <CopyCodeButton />
    </div>
  );
}
