import type { DbOrTx } from "@/db/client";
import { appEnv } from "@/lib/env";
import { sendActionEmail } from "@/lib/mail/send-action-email";

// The account emails, one place: each is enqueued in the caller's transaction.

type Recipient = { email: string; firstName: string };

export function sendConfirmationEmail(tx: DbOrTx, to: Recipient, link: string) {
  return sendActionEmail(tx, to.email, {
    urgency: "urgent",
    subject: "Confirm your email address — CLICO Support System",
    preview: "Confirm your email address to start using the CLICO Support System.",
    heading: `Welcome, ${to.firstName}`,
    paragraphs: [
      "Your CLICO Support System account has been created. Please confirm your email address to log in.",
    ],
    action: { label: "Confirm email address", url: link },
    footnote: "The link is valid for 48 hours. If you did not sign up, ignore this message.",
  });
}

export function sendLoginCodeEmail(tx: DbOrTx, to: Recipient, code: string) {
  return sendActionEmail(tx, to.email, {
    // Not in the subject or preview: those show on lock screens and in notifications.
    urgency: "urgent",
    subject: "Your verification code — CLICO Support System",
    preview: "Enter this code on the login page to finish signing in.",
    heading: "Your verification code",
    paragraphs: [`Hello ${to.firstName}, enter this code on the login page to finish signing in.`],
    code,
    footnote:
      "The code is valid for 10 minutes. If you did not try to log in, change your password.",
  });
}

export function sendPasswordResetEmail(tx: DbOrTx, to: Recipient, link: string) {
  return sendActionEmail(tx, to.email, {
    urgency: "urgent",
    subject: "Reset your password — CLICO Support System",
    preview: "Set a new password for the CLICO Support System.",
    heading: "Set a new password",
    paragraphs: [
      `Hello ${to.firstName}, we received a request to set a new password for your CLICO Support System account.`,
    ],
    action: { label: "Set a new password", url: link },
    footnote:
      "The link is valid for 30 minutes and works once. If you did not ask for it, ignore this message.",
  });
}

export const loginUrl = () => `${appEnv.appUrl()}/login`;

/** After a password is set through a link: the owner hears of it even if it was not them. */
export function sendPasswordChangedEmail(tx: DbOrTx, to: Recipient) {
  return sendActionEmail(tx, to.email, {
    subject: "Your password was changed — CLICO Support System",
    preview: "The password of your CLICO Support System account was changed.",
    heading: "Your password was changed",
    paragraphs: [
      `Hello ${to.firstName}, the password of your CLICO Support System account has just been changed, and every session that was signed in has ended.`,
      "If you did not change it, use “Forgot my password” at once to set a new one, and tell us at maintenance@clico.pl.",
    ],
    action: { label: "Log in", url: loginUrl() },
  });
}

/** Sign Up with an address that already has an account: the form answered as for a new one. */
export function sendSignUpExistingEmail(tx: DbOrTx, to: Recipient) {
  return sendActionEmail(tx, to.email, {
    subject: "Someone tried to sign up with your address — CLICO Support System",
    preview: "Your address already has a CLICO Support System account.",
    heading: "You already have an account",
    paragraphs: [
      `Hello ${to.firstName}, someone tried to sign up to the CLICO Support System with your email address, which already has an account.`,
      "If it was you, log in with your login or this address, or use “Forgot my password” to set a new password.",
    ],
    action: { label: "Log in", url: loginUrl() },
    footnote: "If it was not you, ignore this message: nothing has changed on your account.",
  });
}

/** Sign Up with a login someone else has: only the person at the typed address learns it. */
export function sendLoginTakenEmail(tx: DbOrTx, to: Recipient & { login: string }) {
  return sendActionEmail(tx, to.email, {
    subject: "Your account was not created — CLICO Support System",
    preview: "The login you chose is already taken.",
    heading: "Choose another login",
    paragraphs: [
      `Hello ${to.firstName}, we could not create your CLICO Support System account: the login “${to.login}” is already taken.`,
      "Please use “Sign Up” again and choose another login.",
    ],
    action: { label: "Sign Up", url: `${appEnv.appUrl()}/sign-up` },
    footnote: "If you did not sign up, ignore this message.",
  });
}
