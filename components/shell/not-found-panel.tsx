import { useTranslations } from "next-intl";
import { LinkButton } from "@/components/ui/link-button";
import { NotFoundBody } from "./not-found-body";

/** The body of a 404 page, for not-found.tsx files inside a shell or wrapped in one. */
export function NotFoundPanel() {
  const t = useTranslations("shell");
  return (
    <NotFoundBody
      startLink={
        <LinkButton href="/" variant="primary">
          {t("goToStart")}
        </LinkButton>
      }
    />
  );
}
