import type PgBoss from "pg-boss";
import { logger } from "@/lib/logger";
import { deliverEmail, RetryableDeliveryError } from "./deliver-email";
import { getBoss, MAIL_QUEUE, type MailJob } from "./queue";
import { createTransport } from "./transport";

export type MailWorkerOptions = {
  /** pg-boss workers (polling loops) in this process. */
  workers?: number;
  /** Jobs each worker claims per fetch; they are delivered concurrently. */
  batchSize?: number;
};

const positiveInt = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};

/** Worker sizing from the environment (MAIL_WORKER_CONCURRENCY, MAIL_BATCH_SIZE) unless given. */
export function mailWorkerSizing(options: MailWorkerOptions = {}) {
  return {
    workers: Math.max(1, options.workers ?? positiveInt("MAIL_WORKER_CONCURRENCY", 2)),
    batchSize: Math.max(1, options.batchSize ?? positiveInt("MAIL_BATCH_SIZE", 5)),
  };
}

/**
 * Starts pg-boss workers on the mail queue in this process; each claims up to `batchSize` jobs
 * (urgent ones first, by priority) and delivers them concurrently, so up to workers × batchSize
 * deliveries run at once, each holding one database connection while the transport is called.
 * A full batch fetches again at once instead of waiting for the polling interval.
 * Workers in other processes may run at the same time: jobs are claimed with SKIP LOCKED.
 */
export async function startMailWorker(
  options: MailWorkerOptions = {},
): Promise<{ stop(): Promise<void> }> {
  const { workers, batchSize } = mailWorkerSizing(options);
  const boss = await getBoss();
  const transport = createTransport();
  const running = new Set<Promise<unknown>>();
  const workerIds: string[] = [];

  async function deliverJob(job: PgBoss.JobWithMetadata<MailJob>) {
    const started = Date.now();
    const base = {
      jobId: job.id,
      outboxId: job.data.outboxId,
      attempt: job.retryCount + 1,
      transport: transport.name,
    };
    try {
      const outcome = await deliverEmail(job.data.outboxId, {
        transport,
        isFinalAttempt: job.retryCount >= job.retryLimit,
      });
      logger.info({ ...base, outcome, ms: Date.now() - started }, "mail job");
    } catch (error) {
      const outcome = error instanceof RetryableDeliveryError ? "retry" : "error";
      logger.warn({ ...base, outcome, ms: Date.now() - started, err: error }, "mail job");
      // Failed one by one: pg-boss then completes only the batch's jobs that are still active,
      // so each job keeps its own retries.
      await boss.fail(MAIL_QUEUE, job.id, error instanceof Error ? error : { error });
    }
  }

  for (let i = 0; i < workers; i++) {
    let workerId = "";
    workerId = await boss.work<MailJob>(
      MAIL_QUEUE,
      { batchSize, includeMetadata: true },
      async (jobs) => {
        const batch = Promise.all(jobs.map(deliverJob));
        running.add(batch);
        try {
          await batch;
        } finally {
          running.delete(batch);
        }
        if (jobs.length === batchSize) boss.notifyWorker(workerId);
      },
    );
    workerIds.push(workerId);
  }
  logger.info(
    { queue: MAIL_QUEUE, workers: workerIds.length, batchSize, transport: transport.name },
    "mail worker started",
  );

  return {
    async stop() {
      for (const id of workerIds) await boss.offWork({ id });
      await Promise.allSettled([...running]);
    },
  };
}
