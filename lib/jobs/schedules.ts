import PgBoss from "pg-boss";
import { bossDatabase } from "./boss-database";
import { logger } from "@/lib/logger";
import { closeResolvedTickets } from "@/lib/tickets/auto-close";
import { PORTAL_TIME_ZONE } from "@/lib/format";
import { DIGEST_QUEUE, digestQueueOptions, type DigestJob } from "@/lib/notifications/digest-queue";
import { sendNotificationDigest } from "@/lib/notifications/send-digest";
import { notifySlaRisks } from "@/lib/notifications/sla-risk";

export const AUTO_CLOSE_QUEUE = "tickets-auto-close";
/** Every hour at :15, unless AUTO_CLOSE_SCHEDULE (a cron expression, Warsaw time) says otherwise. */
export const autoCloseCron = () => process.env.AUTO_CLOSE_SCHEDULE?.trim() || "15 * * * *";

export const SLA_RISK_QUEUE = "tickets-sla-risk";
/** Every minute: a coming breach is announced SLA_RISK_MINUTES ahead, to the minute. */
export const slaRiskCron = () => process.env.SLA_RISK_SCHEDULE?.trim() || "* * * * *";

/**
 * Registers the periodic jobs and works them in this process. Uses its own small pg-boss with
 * the scheduler on: the mail queue's instance (lib/mail/queue.ts) runs with `schedule: false`,
 * so a schedule stored through it would never fire. Any number of instances may run this: the
 * cron fires once per minute across them (pg-boss keeps the last cron time in the database),
 * and the job itself is idempotent.
 */
export async function startScheduledJobs(): Promise<{ stop(): Promise<void> }> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString)
    throw new Error("DATABASE_URL is not set: scheduled jobs need PostgreSQL.");
  const onError = (error: Error) => logger.error({ err: error }, "scheduled jobs error");
  const { db, close } = bossDatabase({
    connectionString,
    max: 2,
    applicationName: "clico-schedules",
    onError,
  });
  const boss = new PgBoss({
    db,
    schedule: true,
    // the mail queue's instance supervises (expires and archives) every queue
    supervise: false,
  });
  boss.on("error", onError);
  await boss.start();
  // pg-boss 10: a queue must exist before it is scheduled or worked.
  await boss.createQueue(AUTO_CLOSE_QUEUE, {
    name: AUTO_CLOSE_QUEUE,
    retryLimit: 3,
    retryDelay: 60,
    expireInSeconds: 300,
  });
  await boss.createQueue(SLA_RISK_QUEUE, {
    name: SLA_RISK_QUEUE,
    retryLimit: 1,
    expireInSeconds: 120,
  });
  await boss.createQueue(DIGEST_QUEUE, digestQueueOptions);
  await boss.schedule(AUTO_CLOSE_QUEUE, autoCloseCron(), undefined, { tz: PORTAL_TIME_ZONE });
  await boss.schedule(SLA_RISK_QUEUE, slaRiskCron(), undefined, { tz: PORTAL_TIME_ZONE });
  const workerIds = [
    await boss.work(AUTO_CLOSE_QUEUE, async () => {
      const closed = await closeResolvedTickets();
      logger.info({ queue: AUTO_CLOSE_QUEUE, closed }, "resolved tickets auto-closed");
    }),
    await boss.work(SLA_RISK_QUEUE, async () => {
      const announced = await notifySlaRisks();
      if (announced) logger.info({ queue: SLA_RISK_QUEUE, announced }, "SLA risks announced");
    }),
    await boss.work<DigestJob>(DIGEST_QUEUE, { pollingIntervalSeconds: 1 }, async ([job]) => {
      await sendNotificationDigest(job!.data.userId);
    }),
  ];
  const queues = [AUTO_CLOSE_QUEUE, SLA_RISK_QUEUE, DIGEST_QUEUE];
  logger.info({ queues }, "scheduled jobs started");

  return {
    async stop() {
      for (const id of workerIds) await boss.offWork({ id });
      await boss.stop({ graceful: true, timeout: 15_000 });
      await close();
    },
  };
}
