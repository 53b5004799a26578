"use client";

import "./globals.css";

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
        <main className="mx-auto flex min-h-dvh max-w-lg flex-col justify-center gap-4 px-4 text-center">
          <h1 className="text-2xl font-bold text-navy-900">CLICO Support System is unavailable</h1>
          <p className="text-slate-600">
            Something went wrong on our side. Try again in a moment; if it keeps happening, write to{" "}
            <a className="font-medium text-navy-700 underline" href="mailto:maintenance@clico.pl">
              maintenance@clico.pl
            </a>
            {error.digest ? (
              <>
                {" "}
                and quote the reference <code className="font-mono">{error.digest}</code>
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
              Try again
            </button>
          </div>
        </main>
      </body>
    </html>
  );
}
