import type { DbOrTx } from "@/db/client";
import { appEnv } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { sendActionEmail } from "@/lib/mail/send-action-email";

// The account emails, one place: each is enqueued in the caller's transaction, in the
// recipient's language (recipientLocale, lib/i18n/locales.ts).

type Recipient = { email: string; firstName: string; locale: Locale };

const words = (locale: Locale) => translatorFor(locale, "emails");

export function sendConfirmationEmail(tx: DbOrTx, to: Recipient, link: string) {
  const t = words(to.locale);
  return sendActionEmail(tx, to.email, {
    locale: to.locale,
    urgency: "urgent",
    subject: t("confirm.subject"),
    preview: t("confirm.preview"),
    heading: t("confirm.heading", { firstName: to.firstName }),
    paragraphs: [t("confirm.body")],
    action: { label: t("confirm.action"), url: link },
    footnote: t("confirm.footnote"),
  });
}

export function sendLoginCodeEmail(tx: DbOrTx, to: Recipient, code: string) {
  const t = words(to.locale);
  return sendActionEmail(tx, to.email, {
    locale: to.locale,
    // Not in the subject or preview: those show on lock screens and in notifications.
    urgency: "urgent",
    subject: t("loginCode.subject"),
    preview: t("loginCode.preview"),
    heading: t("loginCode.heading"),
    paragraphs: [t("loginCode.body", { firstName: to.firstName })],
    code,
    footnote: t("loginCode.footnote"),
  });
}

export function sendPasswordResetEmail(tx: DbOrTx, to: Recipient, link: string) {
  const t = words(to.locale);
  return sendActionEmail(tx, to.email, {
    locale: to.locale,
    urgency: "urgent",
    subject: t("reset.subject"),
    preview: t("reset.preview"),
    heading: t("reset.heading"),
    paragraphs: [t("reset.body", { firstName: to.firstName })],
    action: { label: t("reset.action"), url: link },
    footnote: t("reset.footnote"),
  });
}

export const loginUrl = () => `${appEnv.appUrl()}/login`;

/** After a password is set through a link: the owner hears of it even if it was not them. */
export function sendPasswordChangedEmail(tx: DbOrTx, to: Recipient) {
  const t = words(to.locale);
  return sendActionEmail(tx, to.email, {
    locale: to.locale,
    subject: t("passwordChanged.subject"),
    preview: t("passwordChanged.preview"),
    heading: t("passwordChanged.heading"),
    paragraphs: [
      t("passwordChanged.body", { firstName: to.firstName }),
      t("passwordChanged.advice"),
    ],
    action: { label: t("passwordChanged.action"), url: loginUrl() },
  });
}

/** Sign Up with an address that already has an account: the form answered as for a new one. */
export function sendSignUpExistingEmail(tx: DbOrTx, to: Recipient) {
  const t = words(to.locale);
  return sendActionEmail(tx, to.email, {
    locale: to.locale,
    subject: t("signUpExisting.subject"),
    preview: t("signUpExisting.preview"),
    heading: t("signUpExisting.heading"),
    paragraphs: [t("signUpExisting.body", { firstName: to.firstName }), t("signUpExisting.advice")],
    action: { label: t("signUpExisting.action"), url: loginUrl() },
    footnote: t("signUpExisting.footnote"),
  });
}

/** Sign Up with a login someone else has: only the person at the typed address learns it. */
export function sendLoginTakenEmail(tx: DbOrTx, to: Recipient & { login: string }) {
  const t = words(to.locale);
  return sendActionEmail(tx, to.email, {
    locale: to.locale,
    subject: t("loginTaken.subject"),
    preview: t("loginTaken.preview"),
    heading: t("loginTaken.heading"),
    paragraphs: [
      t("loginTaken.body", { firstName: to.firstName, login: to.login }),
      t("loginTaken.advice"),
    ],
    action: { label: t("loginTaken.action"), url: `${appEnv.appUrl()}/sign-up` },
    footnote: t("loginTaken.footnote"),
  });
}
