import { useTranslations } from "next-intl";

/** The first focusable element of every page: jumps past the header and navigation to <main id="main">. */
export function SkipLink({ targetId = "main" }: { targetId?: string }) {
  const t = useTranslations("shell");
  return (
    <a
      href={`#${targetId}`}
      className="sr-only z-50 rounded-md bg-white px-4 py-2 font-semibold text-navy-900 shadow-lg focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
    >
      {t("skipToMain")}
    </a>
  );
}
