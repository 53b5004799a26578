import { setTimeout as sleep } from "node:timers/promises";
import type PgBoss from "pg-boss";
import { logger } from "@/lib/logger";
import { deliverEmail, RetryableDeliveryError } from "./deliver-email";
import { getBoss, MAIL_QUEUE, mailPollingIntervalSeconds, type MailJob } from "./queue";
import { createTransport } from "./transport";

export type MailWorkerOptions = {
  /** Delivery loops in this process. */
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
 * Starts `workers` delivery loops on the mail queue in this process; each claims up to
 * `batchSize` jobs (urgent ones first, by priority), delivers them concurrently and completes
 * the ones that went out, so up to workers × batchSize deliveries run at once, each holding one
 * database connection while the transport is called. A full batch fetches again at once; an
 * idle loop waits the polling interval. Loops in other processes may run at the same time:
 * jobs are claimed with SKIP LOCKED.
 *
 * The loops are ours rather than pg-boss's `work()`: its `offWork()` returns while a fetch is
 * still on its way, and the batch that fetch claims is then delivered after the caller has
 * moved on (closed the database, say). `stop()` here returns when every loop has ended.
 */
export async function startMailWorker(
  options: MailWorkerOptions = {},
): Promise<{ stop(): Promise<void> }> {
  const { workers, batchSize } = mailWorkerSizing(options);
  const boss = await getBoss();
  const transport = createTransport();
  const idleMs = mailPollingIntervalSeconds() * 1000;
  const stopping = new AbortController();

  /** Delivers one job; true when it is done, false when it was failed back to the queue. */
  async function deliverJob(job: PgBoss.JobWithMetadata<MailJob>): Promise<boolean> {
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
      return true;
    } catch (error) {
      const outcome = error instanceof RetryableDeliveryError ? "retry" : "error";
      logger.warn({ ...base, outcome, ms: Date.now() - started, err: error }, "mail job");
      // Failed one by one, so each job keeps its own retries.
      await boss.fail(MAIL_QUEUE, job.id, error instanceof Error ? error : { error });
      return false;
    }
  }

  async function deliveryLoop() {
    while (!stopping.signal.aborted) {
      let claimed = 0;
      try {
        const jobs = await boss.fetch<MailJob>(MAIL_QUEUE, { batchSize, includeMetadata: true });
        claimed = jobs.length;
        const done = await Promise.all(jobs.map(deliverJob));
        const completed = jobs.filter((_, i) => done[i]).map((job) => job.id);
        if (completed.length) await boss.complete(MAIL_QUEUE, completed);
      } catch (error) {
        logger.error({ err: error, queue: MAIL_QUEUE }, "mail worker loop error");
      }
      if (claimed < batchSize) {
        await sleep(idleMs, undefined, { signal: stopping.signal }).catch(() => {});
      }
    }
  }

  const loops = Array.from({ length: workers }, deliveryLoop);
  logger.info(
    { queue: MAIL_QUEUE, workers, batchSize, transport: transport.name },
    "mail worker started",
  );

  return {
    async stop() {
      stopping.abort();
      await Promise.all(loops);
    },
  };
}
