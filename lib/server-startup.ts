import { runMigrations } from "@/db/migrate";
import { startScheduledJobs } from "@/lib/jobs/schedules";
import { getBoss } from "@/lib/mail/queue";

/**
 * A server process's database setup at start: the migrations, then pg-boss's schema and queues
 * (and the scheduled jobs, when this process runs background work), all under the migrations'
 * lock. pg-boss installs and creates queues without a lock of its own, and processes starting
 * at once on a new database deadlocked there (two cluster workers did, in CI).
 */
export async function prepareDatabase(
  databaseUrl: string,
  { scheduledJobs }: { scheduledJobs: boolean },
): Promise<{ stop(): Promise<void> } | null> {
  let jobs: { stop(): Promise<void> } | null = null;
  await runMigrations(databaseUrl, {
    then: async () => {
      await getBoss();
      if (scheduledJobs) jobs = await startScheduledJobs();
    },
  });
  return jobs;
}
