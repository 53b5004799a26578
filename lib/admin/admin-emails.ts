import type { DbOrTx } from "@/db/client";
import { roleLabels } from "@/lib/auth/roles";
import { sendActionEmail } from "@/lib/mail/send-action-email";
import type { StaffRole } from "./schemas";

// The emails of account management: each is enqueued in the caller's transaction.

type Recipient = { email: string; firstName: string; login: string };

export const INVITE_LINK_HOURS = 72;
export const FORCED_RESET_LINK_HOURS = 24;

export function sendStaffInviteEmail(
  tx: DbOrTx,
  to: Recipient,
  options: { link: string; role: StaffRole; invitedBy: string },
) {
  return sendActionEmail(tx, to.email, {
    urgency: "urgent",
    subject: "You are invited to the CLICO Support System",
    preview: "Set a password to start using the CLICO Support System.",
    heading: `Welcome, ${to.firstName}`,
    paragraphs: [
      `${options.invitedBy} has created a CLICO Support System account for you with the role ${roleLabels[options.role]}.`,
      `Your login is ${to.login}. Set a password to start using it; you will then log in with your login, the password and a code we email you.`,
    ],
    action: { label: "Set your password", url: options.link },
    footnote: `The link is valid for ${INVITE_LINK_HOURS} hours and works once. When it has expired, use “Forgot my password” on the login page.`,
  });
}

export function sendForcedPasswordResetEmail(tx: DbOrTx, to: Recipient, link: string) {
  return sendActionEmail(tx, to.email, {
    urgency: "urgent",
    subject: "Set a new password — CLICO Support System",
    preview: "An administrator asked you to set a new password.",
    heading: "Set a new password",
    paragraphs: [
      `Hello ${to.firstName}, an administrator of the CLICO Support System has asked you to set a new password. Your old password no longer works and you have been signed out.`,
    ],
    action: { label: "Set a new password", url: link },
    footnote: `The link is valid for ${FORCED_RESET_LINK_HOURS} hours and works once. When it has expired, use “Forgot my password” on the login page.`,
  });
}
