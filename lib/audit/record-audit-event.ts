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

/**
 * Details as jsonb takes them: a lone surrogate (typed text cut at a length limit in the middle
 * of an emoji) makes PostgreSQL refuse the whole event, so each becomes U+FFFD.
 */
function wellFormed(value: unknown): unknown {
  if (typeof value === "string") return value.toWellFormed();
  if (Array.isArray(value)) return value.map(wellFormed);
  if (value && typeof value === "object" && !(value instanceof Date))
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key.toWellFormed(), wellFormed(item)]),
    );
  return value;
}

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
    details: event.details && (wellFormed(event.details) as Record<string, unknown>),
  });
}
