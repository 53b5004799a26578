import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Card, CardBody } from "@/components/ui/card";

/**
 * The body of a 404 page with its link to the start page given: NotFoundPanel's, and the root
 * not-found page's with a plain link (see PlainBrand).
 */
export function NotFoundBody({ startLink }: { startLink: ReactNode }) {
  const t = useTranslations("shell");
  // its own language, also inside the signed-in shell, which is still English only
  return (
    <Card lang={useLocale()}>
      <CardBody className="flex flex-col gap-4 py-8 text-center">
        <p className="text-sm font-semibold tracking-wider text-brand-700 uppercase">
          {t("notFoundCode")}
        </p>
        <h1 className="text-2xl font-bold text-navy-900">{t("notFoundTitle")}</h1>
        <p className="text-slate-600">{t("notFoundText")}</p>
        <div className="flex justify-center">{startLink}</div>
      </CardBody>
    </Card>
  );
}
