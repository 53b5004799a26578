import PgBoss from "pg-boss";
import { logger } from "@/lib/logger";
import { closeResolvedTickets } from "@/lib/tickets/auto-close";
import { PORTAL_TIME_ZONE } from "@/lib/format";

export const AUTO_CLOSE_QUEUE = "tickets-auto-close";
/** Every hour at :15, unless AUTO_CLOSE_SCHEDULE (a cron expression, Warsaw time) says otherwise. */
export const autoCloseCron = () => process.env.AUTO_CLOSE_SCHEDULE?.trim() || "15 * * * *";

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
  const boss = new PgBoss({
    connectionString,
    max: 2,
    application_name: "clico-schedules",
    schedule: true,
    // the mail queue's instance supervises (expires and archives) every queue
    supervise: false,
  });
  boss.on("error", (error) => logger.error({ err: error }, "scheduled jobs error"));
  await boss.start();
  // pg-boss 10: a queue must exist before it is scheduled or worked.
  await boss.createQueue(AUTO_CLOSE_QUEUE, {
    name: AUTO_CLOSE_QUEUE,
    retryLimit: 3,
    retryDelay: 60,
    expireInSeconds: 300,
  });
  await boss.schedule(AUTO_CLOSE_QUEUE, autoCloseCron(), undefined, { tz: PORTAL_TIME_ZONE });
  const workerId = await boss.work(AUTO_CLOSE_QUEUE, async () => {
    const closed = await closeResolvedTickets();
    logger.info({ queue: AUTO_CLOSE_QUEUE, closed }, "resolved tickets auto-closed");
  });
  logger.info({ queues: [AUTO_CLOSE_QUEUE] }, "scheduled jobs started");

  return {
    async stop() {
      await boss.offWork({ id: workerId });
      await boss.stop({ graceful: true, timeout: 15_000 });
    },
  };
}
