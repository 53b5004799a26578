import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { logger } from "@/lib/logger";

const TIMEOUT_MS = 3_000;

/** True when PostgreSQL answers `select 1` within 3 s. Logs the reason once when it does not. */
export async function checkDatabase(): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
  });
  try {
    await Promise.race([db.execute(sql`select 1`), timeout]);
    return true;
  } catch (error) {
    logger.error({ err: error }, "health check: database unavailable");
    return false;
  } finally {
    clearTimeout(timer);
  }
}
