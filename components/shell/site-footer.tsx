import { useTranslations } from "next-intl";

export const MAINTENANCE_EMAIL = "maintenance@clico.pl";

/** The footer of every page: where to report problems with the portal itself. */
export function SiteFooter() {
  const t = useTranslations("shell");
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-col gap-2 px-4 py-5 text-sm text-slate-600 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p>
          {t.rich("footerProblems", {
            email: MAINTENANCE_EMAIL,
            link: (chunks) => (
              <a
                href={`mailto:${MAINTENANCE_EMAIL}`}
                className="font-medium text-navy-700 underline decoration-navy-300 hover:text-brand-700"
              >
                {chunks}
              </a>
            ),
          })}
        </p>
        <p>{t("footerCopyright")}</p>
      </div>
    </footer>
  );
}
