import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.confirm"))("doneTitle") };
}

/** Where "Confirm email" lands, with or without JavaScript (the used link can't show it). */
export default async function EmailConfirmedPage() {
  const t = await getTranslations("auth");
  return (
    <Card as="section" aria-labelledby="confirm-heading">
      <CardHeader id="confirm-heading" level={1} title={t("confirm.title")} />
      <CardBody className="flex flex-col gap-4">
        <Alert tone="success" title={t("confirm.confirmed")}>
          {t("confirm.canLogIn")}
        </Alert>
        <LinkButton href="/login" size="lg">
          {t("logIn")}
        </LinkButton>
      </CardBody>
    </Card>
  );
}
