import { closeDb } from "../db/client";
import { logger } from "../lib/logger";
import { stopBoss } from "../lib/mail/queue";
import { startMailWorker } from "../lib/mail/worker";

// Runs email delivery alone (beside or instead of the one in the web server process).
const worker = await startMailWorker();

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "mail worker stopping");
  await worker.stop();
  await stopBoss();
  await closeDb();
  logger.info("mail worker stopped");
  process.exit(0);
}

process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
