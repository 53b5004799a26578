import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.reset"))("changedTitle") };
}

/** Where a successful reset lands, with or without JavaScript (the used link can't show it). */
export default async function PasswordChangedPage() {
  const t = await getTranslations("auth");
  return (
    <Card as="section" aria-labelledby="reset-heading">
      <CardHeader id="reset-heading" level={1} title={t("reset.title")} />
      <CardBody>
        <div className="flex flex-col gap-4" role="status">
          <Alert tone="success" title={t("reset.changedTitle")}>
            {t("reset.changed")}
          </Alert>
          <LinkButton href="/login" size="lg">
            {t("logIn")}
          </LinkButton>
        </div>
      </CardBody>
    </Card>
  );
}
