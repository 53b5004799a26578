import { useTranslations } from "next-intl";

/** The product name with CLICO's mark: Brand's content, without the link. */
export function BrandMark() {
  const t = useTranslations("shell.brand");
  return (
    <>
      <svg aria-hidden="true" viewBox="0 0 32 32" className="size-8 shrink-0">
        <rect width="32" height="32" rx="6" fill="#c1121f" />
        <path
          d="M21.5 11.2A7 7 0 1 0 21.5 20.8"
          fill="none"
          stroke="#fff"
          strokeWidth="3.2"
          strokeLinecap="round"
        />
      </svg>
      <span className="flex flex-col leading-tight">
        <span className="text-base font-bold tracking-tight sm:text-lg">{t("name")}</span>
        <span className="hidden text-xs font-medium text-navy-200 sm:block">{t("tagline")}</span>
      </span>
    </>
  );
}

/** Brand's link classes, for a plain `<a>` (the error page). */
export const brandLinkClasses =
  "group inline-flex items-center gap-2.5 rounded-sm text-white no-underline";

/**
 * Brand as a plain link, for the root error and not-found pages: they are part of every page's
 * first load, and a next/link there ships next/link's client code (~3–4 kB gzip) once more on
 * every page. After an error or a wrong URL a full load home is as good.
 */
export function PlainBrand() {
  return (
    // eslint-disable-next-line @next/next/no-html-link-for-pages
    <a href="/" className={brandLinkClasses}>
      <BrandMark />
    </a>
  );
}
