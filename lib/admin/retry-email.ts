import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { DomainError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import type { RequestContext } from "@/lib/http/request-context";
import { enqueueDelivery } from "@/lib/mail/enqueue-email";
import { assertAdminPermission, auditDenied, type AdminActor } from "./policy";
import { outboxIdSchema } from "./schemas";

/**
 * Puts a failed email back in the queue with a fresh set of retries. It keeps its idempotency
 * key (`outbox/<id>`), so an earlier attempt the provider did accept is not sent again. Only a
 * failed email can be retried: one that is pending or sent answers `conflict`.
 */
export async function retryEmail(
  actor: AdminActor,
  outboxId: string,
  context: Partial<RequestContext> = {},
): Promise<void> {
  const id = outboxIdSchema.parse(outboxId);
  return auditDenied(actor, "email.retry", { targetType: "email", targetId: id }, context, () =>
    db.transaction(async (tx) => {
      await assertAdminPermission(tx, actor, "retry_email");
      const [row] = await tx
        .select({
          status: emailOutbox.status,
          to: emailOutbox.to,
          lastError: emailOutbox.lastError,
        })
        .from(emailOutbox)
        .where(eq(emailOutbox.id, id))
        .for("update");
      if (!row) throw new DomainError("not_found");
      if (row.status !== "failed")
        throw new DomainError("conflict", {
          message: msg(
            row.status === "sent" ? "admin.errors.emailSent" : "admin.errors.emailQueued",
          ),
        });
      await tx.update(emailOutbox).set({ status: "pending" }).where(eq(emailOutbox.id, id));
      await enqueueDelivery(tx, id);
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "email.retry",
        targetType: "email",
        targetId: id,
        ip: context.ip,
        userAgent: context.userAgent,
        details: { to: row.to, lastError: row.lastError },
      });
    }),
  );
}
