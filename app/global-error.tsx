"use client";

import "./globals.css";

// Shown when the root layout itself failed: no catalog, no language of the request (both come
// from that layout), so it speaks both of the portal's languages, each marked as such.

const MAINTENANCE = "maintenance@clico.pl";

const WORDS = {
  en: {
    title: "CLICO Support System is unavailable",
    text: "Something went wrong on our side. Try again in a moment; if it keeps happening, write to",
    reference: "and quote the reference",
    tryAgain: "Try again",
  },
  pl: {
    title: "CLICO Support System jest niedostępny",
    text: "Coś poszło nie tak po naszej stronie. Spróbuj ponownie za chwilę; jeśli błąd się powtarza, napisz na",
    reference: "i podaj kod błędu",
    tryAgain: "Spróbuj ponownie",
  },
} as const;

/** Replaces the root layout when it fails, so it renders its own <html>. */
export default function GlobalError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <html lang="en">
      <body>
        <main className="mx-auto flex min-h-dvh max-w-lg flex-col justify-center gap-8 px-4 text-center">
          {(["en", "pl"] as const).map((locale) => (
            <section key={locale} lang={locale} className="flex flex-col gap-4">
              <h1 className="text-2xl font-bold text-navy-900">{WORDS[locale].title}</h1>
              <p className="text-slate-600">
                {WORDS[locale].text}{" "}
                <a className="font-medium text-navy-700 underline" href={`mailto:${MAINTENANCE}`}>
                  {MAINTENANCE}
                </a>
                {error.digest ? (
                  <>
                    {" "}
                    {WORDS[locale].reference} <code className="font-mono">{error.digest}</code>
                  </>
                ) : null}
                .
              </p>
              <div>
                <button
                  type="button"
                  onClick={() => reset()}
                  className="h-10 rounded-md bg-brand-600 px-4 text-sm font-semibold text-white hover:bg-brand-700"
                >
                  {WORDS[locale].tryAgain}
                </button>
              </div>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
