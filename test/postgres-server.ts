import { execFile, execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { freePort } from "@/db/embedded";
import { aptInstall } from "@/scripts/lib/apt";
import { pgBinDirs, type PgTool } from "@/scripts/lib/pg-tools";

const execFileAsync = promisify(execFile);

const folderWith = (tools: PgTool[]) =>
  pgBinDirs().find((candidate) => tools.every((tool) => existsSync(path.join(candidate, tool))));

/**
 * The first folder of pgBinDirs() with all of `tools`, e.g. a server and its pg_dump. A machine
 * without one (a fresh CI machine) gets Debian's PostgreSQL, server and client of one version.
 */
export async function binDirWith(tools: PgTool[]): Promise<string> {
  const dir = folderWith(tools) ?? ((await aptInstall(["postgresql"])) ? folderWith(tools) : null);
  if (!dir) throw new Error(`No PostgreSQL folder with ${tools.join(", ")}: set PG_BIN_DIR.`);
  return dir;
}

/**
 * A throwaway PostgreSQL from `binDir` on a free loopback port, trusting local connections.
 * As root it runs as the `postgres` user (PostgreSQL refuses root).
 */
export async function startPostgres(binDir: string) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "clico-pg-"));
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot
    ? {
        uid: Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" })),
        gid: Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" })),
      }
    : {};
  if (asRoot) chownSync(dataDir, owner.uid!, owner.gid!);
  const run = (tool: PgTool, args: string[]) =>
    execFileAsync(path.join(binDir, tool), args, { ...owner, cwd: dataDir });
  const port = await freePort();
  const pgdata = path.join(dataDir, "data");
  await run("initdb", ["-D", pgdata, "-U", "postgres", "--auth=trust", "-E", "UTF8"]);
  await run("pg_ctl", [
    "-D",
    pgdata,
    "-l",
    path.join(dataDir, "log"),
    "-w",
    "-o",
    `-p ${port} -k ${dataDir} -c listen_addresses=127.0.0.1`,
    "start",
  ]);
  const urlFor = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    urlFor,
    adminUrl: urlFor("postgres"),
    async stop() {
      await run("pg_ctl", ["-D", pgdata, "-m", "immediate", "-w", "stop"]).catch(() => {});
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
