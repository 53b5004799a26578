/**
 * `npx tsx scripts/bench/forgot-password.ts [runs=20]`: how long "Forgot my password" takes for
 * addresses that exist and ones that don't — the answers must not tell them apart. Uses a
 * throwaway embedded PostgreSQL unless DATABASE_URL is set.
 */
import { randomBytes } from "node:crypto";
import { closeDb, getDb } from "../../db/client";
import { ensureDatabase, startEmbeddedPostgres } from "../../db/embedded";
import { runMigrations } from "../../db/migrate";
import { users } from "../../db/schema";
import { requestPasswordReset } from "../../lib/accounts/password-reset";
import { stopBoss } from "../../lib/mail/queue";

const runs = Number(process.argv[2] ?? 20);
let stopServer = async () => {};
if (!process.env.DATABASE_URL) {
  const server = await startEmbeddedPostgres({
    dataDir: `.test-data/bench-forgot-${process.pid}`,
    persistent: false,
  });
  await ensureDatabase(server.adminUrl, "bench");
  process.env.DATABASE_URL = server.urlFor("bench");
  stopServer = server.stop;
}
await runMigrations(process.env.DATABASE_URL);

const known = await getDb()
  .insert(users)
  .values(
    Array.from({ length: runs }, (_, index) => {
      const id = `${index}-${randomBytes(4).toString("hex")}`;
      return {
        login: `bench-${id}`,
        email: `bench-${id}@example.com`,
        firstName: "Bench",
        lastName: "User",
        status: "active" as const,
      };
    }),
  )
  .returning({ email: users.email });

async function time(email: string, index: number) {
  const started = performance.now();
  await requestPasswordReset(email, { ip: `198.51.100.${index % 250}`, userAgent: "bench" });
  return performance.now() - started;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const knownTimes: number[] = [];
const unknownTimes: number[] = [];
for (let index = 0; index < runs; index++) {
  knownTimes.push(await time(known[index]!.email, index));
  unknownTimes.push(
    await time(`nobody-${index}-${randomBytes(4).toString("hex")}@example.com`, index + 100),
  );
}
const format = (values: number[]) =>
  `median ${median(values).toFixed(0)} ms, min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)}`;
console.log(`known address   (${runs} runs): ${format(knownTimes)}`);
console.log(`unknown address (${runs} runs): ${format(unknownTimes)}`);

await stopBoss();
await closeDb();
await stopServer();
