import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardFooter, CardHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { safeReturnPath } from "@/lib/http/return-path";
import { LoginForm } from "./_components/login-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.login"))("title") };
}

/**
 * `?returnTo=`: where to land after logging in (lib/http/return-path). `?session=ended`: sent
 * here by the signed-in page whose session ended (components/shell/session-timeout.tsx).
 */
export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ returnTo?: string | string[]; session?: string | string[] }>;
}) {
  const params = await searchParams;
  const returnTo = safeReturnPath(params.returnTo) ?? undefined;
  const sessionEnded = params.session === "ended";
  const t = await getTranslations("auth.login");
  return (
    <div className="flex flex-col gap-6">
      <Card as="section" aria-labelledby="login-heading">
        <CardHeader
          id="login-heading"
          level={1}
          title={t("title")}
          description={t("description")}
        />
        <CardBody className="flex flex-col gap-5">
          {sessionEnded ? <Alert tone="info">{t("sessionEnded")}</Alert> : null}
          <LoginForm returnTo={returnTo} />
        </CardBody>
        <CardFooter className="flex flex-col items-center gap-3 text-center sm:flex-row sm:justify-between sm:text-left">
          <p className="text-slate-600">{t("newHere")}</p>
          <LinkButton href="/sign-up" variant="secondary">
            {t("signUp")}
          </LinkButton>
        </CardFooter>
      </Card>
      <p className="px-2 text-center text-sm text-slate-600">{t("codeNote")}</p>
    </div>
  );
}
