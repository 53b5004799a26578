import { setTimeout as delay } from "node:timers/promises";
import { Pool } from "pg";
import type PgBoss from "pg-boss";

/** How long `close` waits for the queries in flight and queued before it ends the pool anyway. */
const SETTLE_MS = 30_000;

/**
 * A connection pool for one pg-boss instance, given to it as its `db`, that closes only once
 * every query asked of it has been answered. pg-boss's own closes its pool as soon as no job is
 * running: a worker's fetch still waiting for a free connection then waits forever (pg's Pool
 * never serves nor rejects the waiters of a pool that is ending), and with it pg-boss's loop
 * that waits for the worker to stop, which keeps the process alive. Processes hung so at
 * shutdown (lib/server-startup.test.ts, in CI). After `close` begins, new queries fail.
 */
export function bossDatabase({
  connectionString,
  max,
  applicationName,
  onError,
}: {
  connectionString: string;
  max: number;
  applicationName: string;
  onError: (error: Error) => void;
}): { db: PgBoss.Db; close(): Promise<void> } {
  const pool = new Pool({ connectionString, max, application_name: applicationName });
  pool.on("error", onError);
  let closing = false;
  const busy = () => pool.waitingCount > 0 || pool.idleCount < pool.totalCount;
  return {
    db: {
      async executeSql(text: string, values?: unknown[]) {
        if (closing) throw new Error("The job queue is stopped.");
        return pool.query(text, values);
      },
    },
    async close() {
      if (closing) return;
      closing = true;
      const giveUpAt = Date.now() + SETTLE_MS;
      while (busy() && Date.now() < giveUpAt) await delay(20);
      await pool.end();
    },
  };
}
