import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { PlainBrand } from "@/components/shell/brand-mark";
import { NotFoundBody } from "@/components/shell/not-found-body";
import { PublicFrame } from "@/components/shell/public-frame";
import { buttonClasses } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("shell"))("notFoundTitle") };
}

/**
 * Unknown URLs; rendered in the root layout, so it brings its own shell. Plain links, no
 * next/link: this page's client references are in every page's first load (see PlainBrand).
 */
export default function NotFound() {
  const t = useTranslations("shell");
  return (
    <PublicFrame brand={<PlainBrand />}>
      <NotFoundBody
        startLink={
          // eslint-disable-next-line @next/next/no-html-link-for-pages
          <a href="/" className={buttonClasses({ variant: "primary" })}>
            {t("goToStart")}
          </a>
        }
      />
    </PublicFrame>
  );
}
