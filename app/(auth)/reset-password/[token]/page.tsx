import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { checkResetLink, linkMessages } from "@/lib/accounts/password-reset";
import { getMessageText } from "@/components/i18n/message-text";
import { getRequestContext } from "@/lib/http/request-context";
import { ResetPasswordForm } from "./_components/reset-password-form";
import { resetPasswordAction } from "./actions";

// The token never leaves in a Referer (only the origin does), while the form's POST still
// carries an Origin header: "no-referrer" makes it "null", and Next refuses the action.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.reset"))("title"), referrer: "strict-origin" };
}

export default async function ResetPasswordPage({
  params,
}: {
  params: Promise<{ token: string }>;
}) {
  const { token } = await params;
  const state = await checkResetLink(token, await getRequestContext());
  const [t, text] = await Promise.all([getTranslations("auth"), getMessageText()]);
  return (
    <Card as="section" aria-labelledby="reset-heading">
      <CardHeader id="reset-heading" level={1} title={t("reset.title")} />
      <CardBody>
        {state === "valid" ? (
          <ResetPasswordForm action={resetPasswordAction.bind(null, token)} />
        ) : (
          <div className="flex flex-col gap-4">
            <Alert tone="error" title={t("reset.linkUnusable")}>
              {text(linkMessages[state])}
            </Alert>
            <LinkButton href="/forgot-password" variant="secondary">
              {t("forgot.title")}
            </LinkButton>
          </div>
        )}
      </CardBody>
    </Card>
  );
}
