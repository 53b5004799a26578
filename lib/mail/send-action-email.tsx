import type { DbOrTx } from "@/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { enqueueEmail } from "./enqueue-email";
import type { MailUrgency } from "./queue";
import { renderEmail } from "./render-email";
import { ActionEmail, type ActionEmailProps } from "./templates/action-email";

type Words = Omit<ActionEmailProps, "locale"> & { subject: string; urgency?: MailUrgency };

/**
 * One notice in the portal's one email layout, rendered and enqueued in the caller's
 * transaction, in `locale` (the recipient's; English for the emails not translated yet).
 */
export async function sendActionEmail(
  tx: DbOrTx,
  to: string,
  { subject, urgency = "normal", locale = "en", ...content }: Words & { locale?: Locale },
): Promise<{ id: string }> {
  const { html, text } = await renderEmail(<ActionEmail locale={locale} {...content} />);
  return enqueueEmail(tx, { to, subject, html, text, locale }, urgency);
}
