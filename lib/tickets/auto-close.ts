import { and, eq, lte } from "drizzle-orm";
import { db } from "@/db/client";
import { auditEvents, tickets } from "@/db/schema";

const DEFAULT_AUTO_CLOSE_DAYS = 7;

/** Days a resolved ticket stays resolved before it closes itself: AUTO_CLOSE_RESOLVED_DAYS, default 7. */
export function autoCloseDays(value: string | undefined = process.env.AUTO_CLOSE_RESOLVED_DAYS) {
  const days = Number(value);
  return value !== undefined && value.trim() !== "" && Number.isFinite(days) && days > 0
    ? days
    : DEFAULT_AUTO_CLOSE_DAYS;
}

/**
 * Closes every ticket resolved at least `days` ago, in one UPDATE … RETURNING, and records a
 * `ticket.auto_close` audit event (no actor) for each. Safe to run on several instances at
 * once: a row closed by one run no longer matches `status = 'resolved'` for another.
 * Returns how many tickets it closed.
 */
export async function closeResolvedTickets(
  now: Date = new Date(),
  days: number = Number(process.env.AUTO_CLOSE_RESOLVED_DAYS ?? DEFAULT_AUTO_CLOSE_DAYS),
): Promise<number> {
  const effectiveDays = Number.isFinite(days) && days > 0 ? days : DEFAULT_AUTO_CLOSE_DAYS;
  const cutoff = new Date(now.getTime() - effectiveDays * 86_400_000);
  return db.transaction(async (tx) => {
    const closed = await tx
      .update(tickets)
      .set({ status: "closed", closedAt: now, updatedAt: now })
      .where(and(eq(tickets.status, "resolved"), lte(tickets.resolvedAt, cutoff)))
      .returning({ id: tickets.id });
    if (closed.length) {
      await tx.insert(auditEvents).values(
        closed.map((ticket) => ({
          actorId: null,
          action: "ticket.auto_close",
          targetType: "ticket",
          targetId: ticket.id,
          outcome: "success" as const,
          details: { from: "resolved", to: "closed", afterDays: effectiveDays },
        })),
      );
    }
    return closed.length;
  });
}
