import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { confirmEmail } from "@/lib/accounts/confirm-email";
import { getRequestContext } from "@/lib/http/request-context";

export const metadata: Metadata = { title: "Confirm email address", referrer: "no-referrer" };

const outcomes = {
  valid: {
    tone: "success",
    title: "Your email address is confirmed",
    text: "You can now log in to the CLICO Support System.",
  },
  used: {
    tone: "info",
    title: "This link has already been used",
    text: "If you confirmed your address already, just log in.",
  },
  expired: {
    tone: "error",
    title: "This link has expired",
    text: "Log in with your login and password and ask for a new confirmation link there.",
  },
  unknown: {
    tone: "error",
    title: "This link is not valid",
    text: "Check that you opened the whole link from the email.",
  },
  rate_limited: {
    tone: "error",
    title: "Too many links that are not valid",
    text: "Too many links that are not valid were opened from your network. Try again in 15 minutes.",
  },
} as const;

export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const outcome = outcomes[await confirmEmail(token, await getRequestContext())];
  return (
    <Card as="section" aria-labelledby="confirm-heading">
      <CardHeader id="confirm-heading" level={1} title="Confirm email address" />
      <CardBody className="flex flex-col gap-4">
        <Alert tone={outcome.tone} title={outcome.title}>
          {outcome.text}
        </Alert>
        <LinkButton href="/login" size="lg">
          Log in
        </LinkButton>
      </CardBody>
    </Card>
  );
}
