import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card, CardBody, CardFooter, CardHeader } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { SignUpForm } from "./_components/sign-up-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signUp"))("title") };
}

export default async function SignUpPage() {
  const t = await getTranslations("auth");
  return (
    <Card as="section" aria-labelledby="sign-up-heading" className="w-full">
      <CardHeader
        id="sign-up-heading"
        level={1}
        title={t("signUp.title")}
        description={t("signUp.description")}
      />
      <CardBody>
        <SignUpForm />
      </CardBody>
      <CardFooter className="text-sm text-slate-600">
        {t("signUp.haveAccount")} <TextLink href="/login">{t("logIn")}</TextLink>
      </CardFooter>
    </Card>
  );
}
