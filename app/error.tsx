"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { MAINTENANCE_EMAIL } from "@/components/shell/site-footer";

/** Shown in place of a page that failed; the layout around it stays. */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <div className="mx-auto flex max-w-lg flex-col gap-4 px-4 py-12 text-center">
      <h1 ref={headingRef} tabIndex={-1} className="text-2xl font-bold text-navy-900">
        Something went wrong
      </h1>
      <p className="text-slate-600">
        We could not show this page. Try again; if it keeps happening, write to{" "}
        <a className="font-medium text-navy-700 underline" href={`mailto:${MAINTENANCE_EMAIL}`}>
          {MAINTENANCE_EMAIL}
        </a>
        {error.digest ? (
          <>
            {" "}
            and quote the reference <code className="font-mono text-navy-900">{error.digest}</code>
          </>
        ) : null}
        .
      </p>
      <div className="flex justify-center">
        <Button variant="primary" onClick={() => reset()}>
          Try again
        </Button>
      </div>
    </div>
  );
}
