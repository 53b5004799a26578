import { execFile } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
  readFileSync,
} from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { Client } from "pg";
import { findPgTool, serverMajor } from "./pg-tools";

const execFileAsync = promisify(execFile);

/** What one backup folder holds. */
export const BACKUP_FILES = {
  database: "database.dump",
  uploads: "uploads.tar",
  manifest: "backup.json",
} as const;

export type BackupManifest = {
  createdAt: string;
  serverMajor: number;
  pgDumpMajor: number;
  /** Rows per table ("schema.table") when the dump was taken: db:restore checks them. */
  tables: Record<string, number>;
  /** The local uploads folder's files, or null when attachments live elsewhere (STORAGE_DRIVER). */
  uploads: { files: number; bytes: number } | null;
};

/** A connection string without its password, and the password apart (kept out of `ps`). */
function splitPassword(databaseUrl: string) {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = "";
  return { dbname: url.toString(), env: { ...process.env, PGPASSWORD: password } };
}

async function runTool(file: string, args: string[], databaseUrl: string) {
  const { dbname, env } = splitPassword(databaseUrl);
  try {
    await execFileAsync(file, [...args, `--dbname=${dbname}`], { env, maxBuffer: 64 << 20 });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`${path.basename(file)} failed${stderr ? `: ${stderr}` : "."}`);
  }
}

/** Exact row counts of every table outside PostgreSQL's own schemas, as `client` sees them. */
async function countRows(client: Client): Promise<Record<string, number>> {
  const { rows: tables } = await client.query<{ schema: string; name: string }>(
    `select table_schema as schema, table_name as name from information_schema.tables
     where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
     order by 1, 2`,
  );
  const counts: Record<string, number> = {};
  for (const { schema, name } of tables) {
    const table = `${client.escapeIdentifier(schema)}.${client.escapeIdentifier(name)}`;
    const { rows } = await client.query<{ n: string }>(`select count(*) as n from ${table}`);
    counts[`${schema}.${name}`] = Number(rows[0]!.n);
  }
  return counts;
}

async function withClient<T>(databaseUrl: string, work: (client: Client) => Promise<T>) {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Exact row counts of every table outside PostgreSQL's own schemas. */
export const tableRowCounts = (databaseUrl: string) => withClient(databaseUrl, countRows);

function folderStats(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

const isEmptyFolder = (dir: string) => !existsSync(dir) || readdirSync(dir).length === 0;

/**
 * Writes `outDir`: the database as pg_dump's custom format (compressed, restorable table by
 * table), the uploads folder as a tar, and backup.json with the row counts to check a restore
 * against. `uploadsDir` null: attachments are not on this disk, only the database is saved.
 */
export async function createBackup(options: {
  databaseUrl: string;
  uploadsDir: string | null;
  outDir: string;
}): Promise<BackupManifest> {
  const { databaseUrl, uploadsDir, outDir } = options;
  if (!isEmptyFolder(outDir)) throw new Error(`${outDir} is not empty: choose a new folder.`);
  const major = await serverMajor(databaseUrl);
  const pgDump = await findPgTool("pg_dump", major);
  mkdirSync(outDir, { recursive: true });
  // Counted in the snapshot pg_dump dumps, so the counts are those of the dump even while the
  // portal keeps writing.
  const tables = await withClient(databaseUrl, async (client) => {
    await client.query("begin isolation level repeatable read read only");
    const { rows } = await client.query<{ id: string }>("select pg_export_snapshot() as id");
    const counts = await countRows(client);
    await runTool(
      pgDump.file,
      [
        "--format=custom",
        "--no-owner",
        "--no-privileges",
        `--snapshot=${rows[0]!.id}`,
        `--file=${path.join(outDir, BACKUP_FILES.database)}`,
      ],
      databaseUrl,
    );
    await client.query("commit");
    return counts;
  });
  let uploads: BackupManifest["uploads"] = null;
  if (uploadsDir) {
    mkdirSync(uploadsDir, { recursive: true });
    await execFileAsync("tar", [
      "-C",
      uploadsDir,
      "-cf",
      path.join(outDir, BACKUP_FILES.uploads),
      ".",
    ]);
    uploads = folderStats(uploadsDir);
  }
  const manifest: BackupManifest = {
    createdAt: new Date().toISOString(),
    serverMajor: major,
    pgDumpMajor: pgDump.major,
    tables,
    uploads,
  };
  writeFileSync(path.join(outDir, BACKUP_FILES.manifest), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/**
 * Restores a createBackup folder into `databaseUrl` (an existing database) and `uploadsDir`,
 * then checks every table's row count against backup.json. Both targets must be empty unless
 * `replace`, which drops what the backup has and empties the uploads folder first.
 */
export async function restoreBackup(options: {
  databaseUrl: string;
  uploadsDir: string | null;
  fromDir: string;
  replace?: boolean;
}): Promise<BackupManifest> {
  const { databaseUrl, uploadsDir, fromDir, replace = false } = options;
  const manifestFile = path.join(fromDir, BACKUP_FILES.manifest);
  if (!existsSync(manifestFile))
    throw new Error(`${fromDir} has no ${BACKUP_FILES.manifest}: not a backup folder.`);
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as BackupManifest;
  const withUploads = uploadsDir !== null && manifest.uploads !== null;
  if (!replace) {
    const tables = Object.keys(await tableRowCounts(databaseUrl));
    if (tables.length)
      throw new Error(
        `The database already has ${tables.length} tables: restore into an empty one, or pass --replace.`,
      );
    if (withUploads && !isEmptyFolder(uploadsDir))
      throw new Error(
        `${uploadsDir} is not empty: restore into an empty folder, or pass --replace.`,
      );
  }
  const pgRestore = await findPgTool("pg_restore", manifest.pgDumpMajor);
  await runTool(
    pgRestore.file,
    [
      "--no-owner",
      "--no-privileges",
      "--exit-on-error",
      "--single-transaction",
      ...(replace ? ["--clean", "--if-exists"] : []),
      path.join(fromDir, BACKUP_FILES.database),
    ],
    databaseUrl,
  );
  if (withUploads) {
    if (replace) rmSync(uploadsDir, { recursive: true, force: true });
    mkdirSync(uploadsDir, { recursive: true });
    await execFileAsync("tar", ["-C", uploadsDir, "-xf", path.join(fromDir, BACKUP_FILES.uploads)]);
  }
  const restored = await tableRowCounts(databaseUrl);
  const wrong = Object.entries(manifest.tables).filter(([table, rows]) => restored[table] !== rows);
  if (wrong.length) {
    const list = wrong.map(
      ([table, rows]) => `${table} ${restored[table] ?? "missing"} (backup: ${rows})`,
    );
    throw new Error(`Restored, but row counts differ from the backup: ${list.join(", ")}.`);
  }
  return manifest;
}
