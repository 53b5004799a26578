import PgBoss from "pg-boss";
import { bossDatabase } from "@/lib/jobs/boss-database";
import { logger } from "@/lib/logger";
import { DIGEST_QUEUE, digestQueueOptions } from "@/lib/notifications/digest-queue";

export const MAIL_QUEUE = "mail-delivery";

export type MailJob = { outboxId: string };

/** Login codes and one-time links: someone is waiting for them, so they go before notices. */
export type MailUrgency = "urgent" | "normal";
const PRIORITY: Record<MailUrgency, number> = { urgent: 10, normal: 0 };

const seconds = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

/** How long an idle mail worker waits before it asks the queue again. */
export const mailPollingIntervalSeconds = () => seconds("MAIL_POLLING_INTERVAL_SECONDS", 1);

/**
 * How long one send may wait for the provider's answer. Kept well below the job's expiry, so a
 * hung request ends (and is retried, under the same idempotency key) before its job is handed
 * to another worker.
 */
export const mailSendTimeoutSeconds = () => seconds("MAIL_SEND_TIMEOUT_SECONDS", 30);

/**
 * Retry and expiry settings for every delivery job. Set per job (not only on the queue) so a
 * changed environment takes effect without migrating the queue row pg-boss stores.
 * A job held by a worker that died expires after `expireInSeconds` and is retried by the next
 * maintenance run, so it is picked up again within ~2 minutes.
 */
export function mailJobOptions(urgency: MailUrgency = "normal") {
  return {
    priority: PRIORITY[urgency],
    retryLimit: seconds("MAIL_RETRY_LIMIT", 10),
    retryDelay: seconds("MAIL_RETRY_DELAY_SECONDS", 30),
    retryBackoff: true,
    expireInSeconds: seconds("MAIL_JOB_EXPIRE_SECONDS", 90),
  } satisfies PgBoss.SendOptions;
}

type StoppableBoss = { boss: PgBoss; close(): Promise<void> };

// Kept on globalThis so dev-server reloads reuse one instance instead of leaking pools.
const globalForBoss = globalThis as unknown as { clicoBoss?: Promise<StoppableBoss> };

async function createBoss(): Promise<StoppableBoss> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString)
    throw new Error("DATABASE_URL is not set: the mail queue needs PostgreSQL.");
  const onError = (error: Error) => logger.error({ err: error }, "mail queue error");
  const { db, close } = bossDatabase({
    connectionString,
    max: Number(process.env.MAIL_QUEUE_POOL_SIZE ?? 4),
    applicationName: "clico-mail",
    onError,
  });
  const boss = new PgBoss({
    db,
    schedule: false,
    maintenanceIntervalSeconds: seconds("MAIL_MAINTENANCE_INTERVAL_SECONDS", 30),
    pollingIntervalSeconds: mailPollingIntervalSeconds(),
  });
  boss.on("error", onError);
  try {
    // start() installs or migrates the `pgboss` schema; createQueue is a no-op when it exists.
    await boss.start();
    await boss.createQueue(MAIL_QUEUE, { name: MAIL_QUEUE, ...mailJobOptions() });
    // every process that notifies staff sends digest jobs through this instance
    await boss.createQueue(DIGEST_QUEUE, digestQueueOptions);
  } catch (error) {
    await boss.stop({ graceful: false }).catch(() => {});
    await close();
    throw error;
  }
  return { boss, close };
}

/** The process's pg-boss, started on first use so a fresh database gets its schema and queue. */
export async function getBoss(): Promise<PgBoss> {
  globalForBoss.clicoBoss ??= createBoss().catch((error: unknown) => {
    globalForBoss.clicoBoss = undefined;
    throw error;
  });
  return (await globalForBoss.clicoBoss).boss;
}

/** Stops workers (waiting for running jobs) and closes the queue's pool. */
export async function stopBoss(): Promise<void> {
  const pending = globalForBoss.clicoBoss;
  globalForBoss.clicoBoss = undefined;
  if (!pending) return;
  const started = await pending.catch(() => undefined);
  await started?.boss.stop({ graceful: true, timeout: 15_000 });
  await started?.close();
}
