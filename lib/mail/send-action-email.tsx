import type { DbOrTx } from "@/db/client";
import { enqueueEmail } from "./enqueue-email";
import { renderEmail } from "./render-email";
import { ActionEmail, type ActionEmailProps } from "./templates/action-email";

/** One notice in the portal's one email layout, rendered and enqueued in the caller's transaction. */
export async function sendActionEmail(
  tx: DbOrTx,
  to: string,
  { subject, ...content }: ActionEmailProps & { subject: string },
): Promise<{ id: string }> {
  const { html, text } = await renderEmail(<ActionEmail {...content} />);
  return enqueueEmail(tx, { to, subject, html, text });
}
