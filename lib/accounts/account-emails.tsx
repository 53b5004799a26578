import type { DbOrTx } from "@/db/client";
import { appEnv } from "@/lib/env";
import { sendEmail } from "@/lib/mail/enqueue-email";
import { ActionEmail } from "@/lib/mail/templates/action-email";

// The account emails, one place: each is enqueued in the caller's transaction.

type Recipient = { email: string; firstName: string };

export function sendConfirmationEmail(tx: DbOrTx, to: Recipient, link: string) {
  return sendEmail(tx, {
    to: to.email,
    subject: "Confirm your email address — CLICO Support System",
    element: (
      <ActionEmail
        preview="Confirm your email address to start using the CLICO Support System."
        heading={`Welcome, ${to.firstName}`}
        paragraphs={[
          "Your CLICO Support System account has been created. Please confirm your email address to log in.",
        ]}
        action={{ label: "Confirm email address", url: link }}
        footnote="The link is valid for 48 hours. If you did not sign up, ignore this message."
      />
    ),
  });
}

export function sendLoginCodeEmail(tx: DbOrTx, to: Recipient, code: string) {
  return sendEmail(tx, {
    to: to.email,
    subject: `Your verification code: ${code}`,
    element: (
      <ActionEmail
        preview={`Your CLICO Support System verification code is ${code}.`}
        heading="Your verification code"
        paragraphs={[
          `Hello ${to.firstName}, enter this code on the login page to finish signing in.`,
        ]}
        code={code}
        footnote="The code is valid for 10 minutes. If you did not try to log in, change your password."
      />
    ),
  });
}

export function sendPasswordResetEmail(tx: DbOrTx, to: Recipient, link: string) {
  return sendEmail(tx, {
    to: to.email,
    subject: "Reset your password — CLICO Support System",
    element: (
      <ActionEmail
        preview="Set a new password for the CLICO Support System."
        heading="Set a new password"
        paragraphs={[
          `Hello ${to.firstName}, we received a request to set a new password for your CLICO Support System account.`,
        ]}
        action={{ label: "Set a new password", url: link }}
        footnote="The link is valid for 30 minutes and works once. If you did not ask for it, ignore this message."
      />
    ),
  });
}

export const loginUrl = () => `${appEnv.appUrl()}/login`;
