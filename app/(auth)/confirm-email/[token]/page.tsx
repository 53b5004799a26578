import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { checkConfirmationLink } from "@/lib/accounts/confirm-email";
import { getRequestContext } from "@/lib/http/request-context";
import { ConfirmEmailForm } from "./_components/confirm-email-form";
import { confirmEmailAction } from "./actions";

// The token never leaves in a Referer (only the origin does), while the form's POST still
// carries an Origin header: "no-referrer" makes it "null", and Next refuses the action.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.confirm"))("title"), referrer: "strict-origin" };
}

/** What a link that can't confirm (any more) says: its tone and its messages' keys. */
const outcomes = {
  used: { tone: "info", title: "usedTitle", text: "used" },
  expired: { tone: "error", title: "expiredTitle", text: "expired" },
  unknown: { tone: "error", title: "unknownTitle", text: "unknown" },
  rate_limited: { tone: "error", title: "rateLimitedTitle", text: "rateLimited" },
} as const;

/**
 * Opening the link only checks it: mail scanners fetch links too, so the address is confirmed
 * by the button's POST (see confirmEmailAction).
 */
export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const state = await checkConfirmationLink(token, await getRequestContext());
  const t = await getTranslations("auth");
  return (
    <Card as="section" aria-labelledby="confirm-heading">
      <CardHeader id="confirm-heading" level={1} title={t("confirm.title")} />
      <CardBody className="flex flex-col gap-4">
        {state === "valid" ? (
          <>
            <p className="text-slate-700">{t("confirm.intro")}</p>
            <ConfirmEmailForm action={confirmEmailAction.bind(null, token)} />
          </>
        ) : (
          <>
            <Alert tone={outcomes[state].tone} title={t(`confirm.${outcomes[state].title}`)}>
              {t(`confirm.${outcomes[state].text}`)}
            </Alert>
            <LinkButton href="/login" size="lg">
              {t("logIn")}
            </LinkButton>
          </>
        )}
      </CardBody>
    </Card>
  );
}
