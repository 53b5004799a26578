import type { DbOrTx } from "@/db/client";
import { drizzleExecutor } from "@/lib/mail/enqueue-email";
import { getBoss } from "@/lib/mail/queue";
import { DIGEST_QUEUE, digestDelaySeconds, type DigestJob } from "./digest-queue";

/**
 * Asks for each user's digest email in `digestDelaySeconds`, in one insert in the caller's
 * transaction. While one is waiting for a user, pg-boss inserts no second one (the queue's
 * "short" policy: the insert skips it), so a ticket busy with ten replies in a minute sends one
 * email.
 */
export async function scheduleDigests(tx: DbOrTx, userIds: string[]): Promise<void> {
  if (!userIds.length) return;
  const boss = await getBoss();
  const startAfter = `${digestDelaySeconds()} seconds`;
  await boss.insert(
    [...new Set(userIds)].map((userId) => ({
      name: DIGEST_QUEUE,
      data: { userId } satisfies DigestJob,
      singletonKey: userId,
      startAfter,
    })),
    { db: drizzleExecutor(tx) },
  );
}
