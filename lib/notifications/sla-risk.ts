import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { tickets } from "@/db/schema";
import { notifyStaff } from "./notify-staff";

/** How long before a due time its coming breach is announced (SLA_RISK_MINUTES, default 30). */
export const slaRiskMinutes = () => {
  const value = Number(process.env.SLA_RISK_MINUTES);
  return Number.isFinite(value) && value > 0 ? value : 30;
};

/**
 * Notifies, once per due time, the staff of every ticket whose running SLA clock (first
 * response until answered, then resolution) ends within `slaRiskMinutes`. Rows are claimed
 * with SKIP LOCKED and marked in the same transaction, so instances running it at once
 * notify each ticket once. Answers how many tickets it announced.
 */
export async function notifySlaRisks(now = new Date()): Promise<number> {
  const until = new Date(now.getTime() + slaRiskMinutes() * 60_000);
  const due = sql<Date>`case when ${tickets.firstRespondedAt} is null then ${tickets.firstResponseDueAt} else ${tickets.resolutionDueAt} end`;
  return db.transaction(async (tx) => {
    const atRisk = await tx
      .select({ id: tickets.id, vendor: tickets.vendor, assigneeId: tickets.assigneeId, due })
      .from(tickets)
      .where(
        and(
          inArray(tickets.status, ["new", "open"]),
          isNull(tickets.slaPausedAt),
          sql`${due} > ${now} and ${due} <= ${until}`,
          sql`${tickets.slaRiskNotifiedFor} is distinct from ${due}`,
        ),
      )
      .limit(500)
      .for("update", { skipLocked: true });
    for (const ticket of atRisk) {
      await notifyStaff(tx, "sla_risk", ticket, null);
      await tx
        .update(tickets)
        .set({ slaRiskNotifiedFor: sql`${due}` })
        .where(eq(tickets.id, ticket.id));
    }
    return atRisk.length;
  });
}
