import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import type { MailTransport } from "./transport";

export type DeliveryOutcome = "sent" | "already_done" | "missing" | "failed" | "retry";

export class RetryableDeliveryError extends Error {}

/**
 * Delivers one outbox row. The row stays locked (FOR UPDATE) while the transport is called, so
 * a second worker holding a duplicate job waits and then sees `sent`; the idempotency key
 * `outbox/<id>` covers a crash between the provider's answer and our commit.
 * A retryable failure is committed (tries, lastError) and then thrown so pg-boss retries.
 */
export async function deliverEmail(
  outboxId: string,
  options: { transport: MailTransport; isFinalAttempt: boolean },
): Promise<DeliveryOutcome> {
  const outcome = await db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.id, outboxId))
      .for("update");
    if (!row) return { outcome: "missing" as const };
    if (row.status !== "pending") return { outcome: "already_done" as const };

    const tries = row.tries + 1;
    const result = await options.transport
      .send(
        { to: row.to, subject: row.subject, html: row.html, text: row.text },
        { idempotencyKey: `outbox/${row.id}` },
      )
      .catch((error: unknown) => ({
        ok: false as const,
        retry: true,
        error: error instanceof Error ? error.message : String(error),
      }));

    if (result.ok) {
      await tx
        .update(emailOutbox)
        .set({
          status: "sent",
          tries,
          transport: options.transport.name,
          providerId: result.providerId,
          sentAt: new Date(),
        })
        .where(eq(emailOutbox.id, row.id));
      return { outcome: "sent" as const };
    }

    const willRetry = result.retry && !options.isFinalAttempt;
    await tx
      .update(emailOutbox)
      .set({
        tries,
        lastError: result.error.slice(0, 2000),
        status: willRetry ? "pending" : "failed",
      })
      .where(eq(emailOutbox.id, row.id));
    return willRetry
      ? { outcome: "retry" as const, error: result.error }
      : { outcome: "failed" as const };
  });

  if (outcome.outcome === "retry") throw new RetryableDeliveryError(outcome.error);
  return outcome.outcome;
}
