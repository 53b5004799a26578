export const MAINTENANCE_EMAIL = "maintenance@clico.pl";

/** The footer of every page: where to report problems with the portal itself. */
export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-col gap-2 px-4 py-5 text-sm text-slate-600 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p>
          Problems with the portal? Write to{" "}
          <a
            href={`mailto:${MAINTENANCE_EMAIL}`}
            className="font-medium text-navy-700 underline decoration-navy-300 hover:text-brand-700"
          >
            {MAINTENANCE_EMAIL}
          </a>
          .
        </p>
        <p>© CLICO Sp. z o.o. — CLICO Support System</p>
      </div>
    </footer>
  );
}
