import type { DbOrTx } from "@/db/client";
import { recipientLocale, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { sendActionEmail } from "@/lib/mail/send-action-email";
import type { StaffRole } from "./schemas";

// The emails of account management: each is enqueued in the caller's transaction, in the
// recipient's language (recipientLocale, lib/i18n/locales.ts): the one on their account, else
// English (a new staff member's account has none yet).

type Recipient = { email: string; firstName: string; login: string; locale?: Locale | null };

export const INVITE_LINK_HOURS = 72;
export const FORCED_RESET_LINK_HOURS = 24;

export function sendStaffInviteEmail(
  tx: DbOrTx,
  to: Recipient,
  /** `invitedBy`: the inviting admin's name; none for "An administrator". */
  options: { link: string; role: StaffRole; invitedBy?: string },
) {
  const locale = recipientLocale(to);
  const t = translatorFor(locale, "admin");
  const role = translatorFor(locale, "enums")(`role.${options.role}`);
  return sendActionEmail(tx, to.email, {
    locale,
    urgency: "urgent",
    subject: t("emails.invite.subject"),
    preview: t("emails.invite.preview"),
    heading: t("emails.invite.heading", { firstName: to.firstName }),
    paragraphs: [
      t("emails.invite.body", {
        invitedBy: options.invitedBy ?? t("emails.invite.anAdministrator"),
        role,
      }),
      t("emails.invite.login", { login: to.login }),
    ],
    action: { label: t("emails.invite.action"), url: options.link },
    footnote: t("emails.invite.footnote", { hours: INVITE_LINK_HOURS }),
  });
}

export function sendForcedPasswordResetEmail(tx: DbOrTx, to: Recipient, link: string) {
  const locale = recipientLocale(to);
  const t = translatorFor(locale, "admin");
  return sendActionEmail(tx, to.email, {
    locale,
    urgency: "urgent",
    subject: t("emails.forcedReset.subject"),
    preview: t("emails.forcedReset.preview"),
    heading: t("emails.forcedReset.heading"),
    paragraphs: [t("emails.forcedReset.body", { firstName: to.firstName })],
    action: { label: t("emails.forcedReset.action"), url: link },
    footnote: t("emails.forcedReset.footnote", { hours: FORCED_RESET_LINK_HOURS }),
  });
}
