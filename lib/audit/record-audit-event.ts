import type { DbOrTx } from "@/db/client";
import { auditEvents } from "@/db/schema";

export type AuditInput = {
  actorId?: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  outcome?: "success" | "failure" | "denied";
  ip?: string | null;
  userAgent?: string | null;
  details?: Record<string, unknown>;
};

/** Appends one audit event; pass the transaction of the change so both land or neither. */
export async function recordAuditEvent(tx: DbOrTx, event: AuditInput): Promise<void> {
  await tx.insert(auditEvents).values({
    actorId: event.actorId ?? null,
    action: event.action,
    targetType: event.targetType,
    targetId: event.targetId,
    outcome: event.outcome ?? "success",
    ip: event.ip ?? null,
    userAgent: event.userAgent ?? null,
    details: event.details,
  });
}
