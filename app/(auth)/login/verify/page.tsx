import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { Card, CardBody, CardFooter, CardHeader } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { findLoginCodeAddress } from "@/lib/auth/login";
import { LOGIN_CHALLENGE_COOKIE } from "@/lib/auth/session-policy";
import { safeReturnPath, withReturnTo } from "@/lib/http/return-path";
import { VerifyCodeForm } from "./_components/verify-code-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.verify"))("metaTitle") };
}

export default async function VerifyCodePage({
  searchParams,
}: {
  searchParams: Promise<{ returnTo?: string | string[] }>;
}) {
  const returnTo = safeReturnPath((await searchParams).returnTo) ?? undefined;
  const loginPage = withReturnTo("/login", returnTo);
  const challenge = (await cookies()).get(LOGIN_CHALLENGE_COOKIE);
  if (!challenge) redirect(loginPage);
  const address = await findLoginCodeAddress(challenge.value);
  const t = await getTranslations("auth.verify");
  return (
    <Card as="section" aria-labelledby="verify-heading">
      <CardHeader
        id="verify-heading"
        level={1}
        title={t("title")}
        description={
          address
            ? t.rich("sentTo", {
                address,
                strong: (chunks) => (
                  <strong className="font-semibold text-navy-900">{chunks}</strong>
                ),
              })
            : t("sentToYou")
        }
      />
      <CardBody>
        <VerifyCodeForm returnTo={returnTo} />
      </CardBody>
      <CardFooter className="text-sm text-slate-600">
        {t("wrongAccount")} <TextLink href={loginPage}>{t("logInAgain")}</TextLink>
      </CardFooter>
    </Card>
  );
}
