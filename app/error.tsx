"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { PlainBrand } from "@/components/shell/brand-mark";
import { PublicFrame } from "@/components/shell/public-frame";
import { MAINTENANCE_EMAIL } from "@/components/shell/site-footer";

/**
 * Shown in place of a page that failed. This boundary sits in the root layout, above the
 * route groups' shells, so it draws the public shell itself.
 */
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
    <PublicFrame brand={<PlainBrand />}>
      <div className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white px-5 py-8 text-center shadow-sm">
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
              and quote the reference{" "}
              <code className="font-mono text-navy-900">{error.digest}</code>
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
    </PublicFrame>
  );
}
