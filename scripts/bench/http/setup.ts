import { tmpdir } from "node:os";
import path from "node:path";
import { ensureDatabase, startEmbeddedPostgres } from "../../../db/embedded";
import { runMigrations } from "../../../db/migrate";
import { run } from "../../lib/run";
import { benchSize, generateBenchData, hasBenchData } from "../generate";

/** `npm run build` unless the caller reuses the current build. */
export async function buildUnlessReused(reuse: boolean): Promise<void> {
  if (reuse) return;
  console.log("Building (next build)…");
  if ((await run("npm", ["run", "build"])) !== 0) throw new Error("next build failed");
}

/**
 * DATABASE_URL migrated and holding the bench data for `tickets` (generated unless there);
 * without DATABASE_URL, a throwaway embedded PostgreSQL whose stop goes into `cleanups`.
 */
export async function benchDatabase(
  tickets: number,
  cleanups: Array<() => Promise<unknown>>,
): Promise<string> {
  if (!process.env.DATABASE_URL) {
    console.log("Starting a throwaway embedded PostgreSQL…");
    const server = await startEmbeddedPostgres({
      dataDir: path.join(tmpdir(), `clico-http-bench-${process.pid}`),
      persistent: false,
    });
    cleanups.push(server.stop);
    await ensureDatabase(server.adminUrl, "clico_bench");
    process.env.DATABASE_URL = server.urlFor("clico_bench");
  }
  await runMigrations(process.env.DATABASE_URL);
  if (await hasBenchData(tickets)) console.log("Reusing the bench data in DATABASE_URL.");
  else await generateBenchData(benchSize(tickets));
  return process.env.DATABASE_URL;
}
