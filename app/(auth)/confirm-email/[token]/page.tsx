import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { checkConfirmationLink } from "@/lib/accounts/confirm-email";
import { getRequestContext } from "@/lib/http/request-context";
import { ConfirmEmailForm } from "./_components/confirm-email-form";
import { confirmEmailAction } from "./actions";

// The token never leaves in a Referer (only the origin does), while the form's POST still
// carries an Origin header: "no-referrer" makes it "null", and Next refuses the action.
export const metadata: Metadata = { title: "Confirm email address", referrer: "strict-origin" };

/** What a link that can't confirm (any more) says. */
const outcomes = {
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

/**
 * Opening the link only checks it: mail scanners fetch links too, so the address is confirmed
 * by the button's POST (see confirmEmailAction).
 */
export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const state = await checkConfirmationLink(token, await getRequestContext());
  return (
    <Card as="section" aria-labelledby="confirm-heading">
      <CardHeader id="confirm-heading" level={1} title="Confirm email address" />
      <CardBody className="flex flex-col gap-4">
        {state === "valid" ? (
          <>
            <p className="text-slate-700">Confirm this address to finish creating your account.</p>
            <ConfirmEmailForm action={confirmEmailAction.bind(null, token)} />
          </>
        ) : (
          <>
            <Alert tone={outcomes[state].tone} title={outcomes[state].title}>
              {outcomes[state].text}
            </Alert>
            <LinkButton href="/login" size="lg">
              Log in
            </LinkButton>
          </>
        )}
      </CardBody>
    </Card>
  );
}
