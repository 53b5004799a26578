import type { DbOrTx } from "@/db/client";
import { enqueueEmail } from "./enqueue-email";
import type { MailUrgency } from "./queue";
import { renderEmail } from "./render-email";
import { ActionEmail, type ActionEmailProps } from "./templates/action-email";

/** One notice in the portal's one email layout, rendered and enqueued in the caller's transaction. */
export async function sendActionEmail(
  tx: DbOrTx,
  to: string,
  {
    subject,
    urgency = "normal",
    ...content
  }: ActionEmailProps & { subject: string; urgency?: MailUrgency },
): Promise<{ id: string }> {
  const { html, text } = await renderEmail(<ActionEmail {...content} />);
  return enqueueEmail(tx, { to, subject, html, text }, urgency);
}
