import type PgBoss from "pg-boss";
import type { DbOrTx } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import type { Locale } from "@/lib/i18n/locales";
import { getBoss, MAIL_QUEUE, mailJobOptions, type MailJob, type MailUrgency } from "./queue";

export type OutgoingEmail = {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** The language it is written in (English unless given). */
  locale?: Locale;
};

type Queryable = { query(text: string, values: unknown[]): Promise<{ rows: unknown[] }> };

/**
 * Lets pg-boss run its SQL on a drizzle connection or transaction, as pg-boss wrote it: its
 * insert uses one placeholder in places of different types (startAfter is read as a timestamp
 * and as an interval), which stays one parameter only on the connection itself. drizzle keeps
 * a transaction's connection (a pool for `db`) on its session.
 */
export function drizzleExecutor(tx: DbOrTx): PgBoss.Db {
  const { client } = (tx as unknown as { _: { session: { client: Queryable } } })._.session;
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const result = await client.query(text, values);
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
    .values({
      to: message.to,
      subject: message.subject,
      html: message.html,
      text: message.text,
      locale: message.locale,
    })
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
