import type { DbOrTx } from "@/db/client";
import { drizzleExecutor } from "@/lib/mail/enqueue-email";
import { getBoss } from "@/lib/mail/queue";
import { DIGEST_QUEUE, digestDelaySeconds, type DigestJob } from "./digest-queue";

/**
 * Asks for the user's digest email in `digestDelaySeconds`, in the caller's transaction. While
 * one is waiting, pg-boss inserts no second one (the queue's "short" policy), so a ticket busy
 * with ten replies in a minute sends one email.
 */
export async function scheduleDigest(tx: DbOrTx, userId: string): Promise<void> {
  const boss = await getBoss();
  const job: DigestJob = { userId };
  await boss.send(DIGEST_QUEUE, job, {
    singletonKey: userId,
    startAfter: digestDelaySeconds(),
    db: drizzleExecutor(tx),
  });
}
