import { sql, type SQL } from "drizzle-orm";
import type PgBoss from "pg-boss";
import type { DbOrTx } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { getBoss, MAIL_QUEUE, mailJobOptions, type MailJob, type MailUrgency } from "./queue";

export type OutgoingEmail = { to: string; subject: string; html: string; text: string };

/** Lets pg-boss run its SQL ($1, $2 … placeholders) on a drizzle connection or transaction. */
export function drizzleExecutor(tx: DbOrTx): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      // split() with a capture group alternates SQL text and placeholder numbers.
      const parts = text.split(/\$(\d+)/);
      const chunks: SQL[] = parts.map((part, index) =>
        // sql.param keeps arrays and objects as one bound value (plain ${} would expand arrays).
        index % 2 === 0 ? sql.raw(part) : sql`${sql.param(values[Number(part) - 1])}`,
      );
      const result = await tx.execute(sql.join(chunks));
      return { rows: result.rows };
    },
  };
}

/**
 * Writes the outbox row and its delivery job through `tx`: both commit or neither does, so a
 * rolled-back change never sends and a committed one is always delivered. Urgent jobs are
 * claimed before normal ones (pg-boss priority).
 */
export async function enqueueEmail(
  tx: DbOrTx,
  message: OutgoingEmail,
  urgency: MailUrgency = "normal",
): Promise<{ id: string }> {
  // Starting the queue first makes sure the pgboss schema and queue exist on a fresh database.
  await getBoss();
  const [row] = await tx
    .insert(emailOutbox)
    .values({ to: message.to, subject: message.subject, html: message.html, text: message.text })
    .returning({ id: emailOutbox.id });
  if (!row) throw new Error("The outbox insert returned no row.");
  await enqueueDelivery(tx, row.id, urgency);
  return { id: row.id };
}

/** Queues a delivery job for an outbox row through `tx` (a new email, or a retry of a failed one). */
export async function enqueueDelivery(
  tx: DbOrTx,
  outboxId: string,
  urgency: MailUrgency = "normal",
): Promise<void> {
  const boss = await getBoss();
  const job: MailJob = { outboxId };
  const jobId = await boss.send(MAIL_QUEUE, job, {
    ...mailJobOptions(urgency),
    db: drizzleExecutor(tx),
  });
  // pg-boss answers null instead of throwing when nothing was inserted (e.g. a missing queue).
  if (!jobId) throw new Error(`The delivery job for outbox row ${outboxId} was not created.`);
}
