"use client";

import { useTranslations } from "next-intl";
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
  const t = useTranslations("shell.error");
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <PublicFrame brand={<PlainBrand />}>
      <div className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white px-5 py-8 text-center shadow-sm">
        <h1 ref={headingRef} tabIndex={-1} className="text-2xl font-bold text-navy-900">
          {t("title")}
        </h1>
        <p className="text-slate-600">
          {t.rich(error.digest ? "textWithReference" : "text", {
            email: MAINTENANCE_EMAIL,
            reference: error.digest ?? "",
            link: (chunks) => (
              <a
                className="font-medium text-navy-700 underline"
                href={`mailto:${MAINTENANCE_EMAIL}`}
              >
                {chunks}
              </a>
            ),
            code: (chunks) => <code className="font-mono text-navy-900">{chunks}</code>,
          })}
        </p>
        <div className="flex justify-center">
          <Button variant="primary" onClick={() => reset()}>
            {t("tryAgain")}
          </Button>
        </div>
      </div>
    </PublicFrame>
  );
}
