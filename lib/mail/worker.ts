import { logger } from "@/lib/logger";
import { deliverEmail, RetryableDeliveryError } from "./deliver-email";
import { getBoss, MAIL_QUEUE, type MailJob } from "./queue";
import { createTransport } from "./transport";

/**
 * Starts `concurrency` pg-boss workers on the mail queue in this process. Workers in other
 * processes may run at the same time: jobs are claimed with SKIP LOCKED.
 */
export async function startMailWorker(
  options: { concurrency?: number } = {},
): Promise<{ stop(): Promise<void> }> {
  const boss = await getBoss();
  const transport = createTransport();
  const running = new Set<Promise<unknown>>();
  const workerIds: string[] = [];

  for (let i = 0; i < Math.max(1, options.concurrency ?? 2); i++) {
    const id = await boss.work<MailJob>(
      MAIL_QUEUE,
      { batchSize: 1, includeMetadata: true },
      async (jobs) => {
        for (const job of jobs) {
          const started = Date.now();
          const attempt = job.retryCount + 1;
          const base = {
            jobId: job.id,
            outboxId: job.data.outboxId,
            attempt,
            transport: transport.name,
          };
          const delivery = deliverEmail(job.data.outboxId, {
            transport,
            isFinalAttempt: job.retryCount >= job.retryLimit,
          });
          running.add(delivery);
          try {
            const outcome = await delivery;
            logger.info({ ...base, outcome, ms: Date.now() - started }, "mail job");
          } catch (error) {
            const outcome = error instanceof RetryableDeliveryError ? "retry" : "error";
            logger.warn({ ...base, outcome, ms: Date.now() - started, err: error }, "mail job");
            throw error;
          } finally {
            running.delete(delivery);
          }
        }
      },
    );
    workerIds.push(id);
  }
  logger.info(
    { queue: MAIL_QUEUE, workers: workerIds.length, transport: transport.name },
    "mail worker started",
  );

  return {
    async stop() {
      for (const id of workerIds) await boss.offWork({ id });
      await Promise.allSettled([...running]);
    },
  };
}
