import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card, CardBody, CardFooter, CardHeader } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { ForgotPasswordForm } from "./_components/forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.forgot"))("title") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("auth.forgot");
  return (
    <Card as="section" aria-labelledby="forgot-heading">
      <CardHeader id="forgot-heading" level={1} title={t("title")} description={t("description")} />
      <CardBody>
        <ForgotPasswordForm />
      </CardBody>
      <CardFooter className="text-sm text-slate-600">
        {t("remembered")} <TextLink href="/login">{t("backToLogIn")}</TextLink>
      </CardFooter>
    </Card>
  );
}
