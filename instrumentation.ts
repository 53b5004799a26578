/** Runs once per server process: refuse a broken production config, migrate, start the mail worker. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  try {
    await setUp();
  } catch (error) {
    // Next starts serving without waiting for this and would answer every request with this
    // error, for good: in production the process ends instead, so a supervisor (or npm start's
    // cluster) starts a fresh one.
    if (process.env.NODE_ENV !== "production") throw error;
    console.error("The server process could not start:", error);
    process.exit(1);
  }
}

async function setUp() {
  const { assertProductionConfig } = await import("./lib/env");
  assertProductionConfig();
  const { logger } = await import("./lib/logger");
  if (!process.env.DATABASE_URL) {
    logger.warn("DATABASE_URL is not set: use `npm run dev`, which starts the embedded database.");
    return;
  }
  const backgroundWork = process.env.MAIL_WORKER !== "off";
  const { prepareDatabase } = await import("./lib/server-startup");
  await prepareDatabase(process.env.DATABASE_URL, { scheduledJobs: backgroundWork });
  if (backgroundWork) {
    const { startMailWorker } = await import("./lib/mail/worker");
    await startMailWorker();
    logger.info("mail worker and scheduled jobs started");
  }
}
