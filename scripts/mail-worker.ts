import { closeDb } from "../db/client";
import { startScheduledJobs } from "../lib/jobs/schedules";
import { logger } from "../lib/logger";
import { stopBoss } from "../lib/mail/queue";
import { startMailWorker } from "../lib/mail/worker";

// Runs the background work alone — email delivery and the scheduled jobs (auto-close) — beside
// or instead of the web server processes' own (MAIL_WORKER=off turns theirs off).
// A stop asked for while starting waits for the start, then stops cleanly.
const started = (async () => {
  const worker = await startMailWorker();
  return { worker, jobs: await startScheduledJobs() };
})();

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "mail worker stopping");
  const { worker, jobs } = await started;
  await Promise.all([worker.stop(), jobs.stop()]);
  await stopBoss();
  await closeDb();
  logger.info("mail worker stopped");
  process.exit(0);
}

process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
