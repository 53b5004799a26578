import { execFile } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/db/client";
import { ensureDatabase } from "@/db/embedded";
import { runMigrations } from "@/db/migrate";
import { attachments } from "@/db/schema";
import { createContract, createMessages, createTicketRow, createUser } from "@/test/factories";
import { binDirWith, startPostgres } from "@/test/postgres-server";
import { tableRowCounts } from "./lib/backup";

const execFileAsync = promisify(execFile);

// The round trip of `npm run db:backup` and `npm run db:restore`, as the README shows them, on
// a PostgreSQL of the same version as the pg_dump found (pg_dump refuses newer servers).
let server: Awaited<ReturnType<typeof startPostgres>>;
let work: string;
let sourceUrl: string;
const sourceUploads = () => path.join(work, "uploads-source");

const npmRun = (script: string, args: string[], env: Record<string, string>) =>
  execFileAsync("npm", ["run", "--silent", script, "--", ...args], {
    env: { ...process.env, ...env },
  });

/** sha256 of every file under `dir`, by path relative to it. */
function fileHashes(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    hashes[path.relative(dir, file)] = createHash("sha256")
      .update(readFileSync(file))
      .digest("hex");
  }
  return hashes;
}

beforeAll(async () => {
  server = await startPostgres(await binDirWith(["pg_dump", "pg_restore", "initdb", "pg_ctl"]));
  work = mkdtempSync(path.join(os.tmpdir(), "clico-backup-"));
  await ensureDatabase(server.adminUrl, "source");
  sourceUrl = server.urlFor("source");
  await runMigrations(sourceUrl);
  // The factories write through the app's pool: point it at the source database.
  await closeDb();
  process.env.DATABASE_URL = sourceUrl;

  const customer = await createUser();
  const engineer = await createUser({ role: "support_engineer" });
  await createContract({ activatedFor: [customer.id] });
  for (let i = 0; i < 5; i++) {
    const ticket = await createTicketRow({ requesterId: customer.id });
    await createMessages(
      { ticketId: ticket.id, authorId: customer.id, body: `Logs attached ${i}` },
      {
        ticketId: ticket.id,
        authorId: engineer.id,
        body: "Internal: looks like a bug",
        internal: true,
      },
    );
    const content = randomBytes(i === 0 ? 3 << 20 : 1000 + i);
    const storageKey = `${ticket.id.slice(0, 2)}/${ticket.id}/debug-${i}.bin`;
    mkdirSync(path.dirname(path.join(sourceUploads(), storageKey)), { recursive: true });
    writeFileSync(path.join(sourceUploads(), storageKey), content);
    await db.insert(attachments).values({
      ticketId: ticket.id,
      uploaderId: customer.id,
      fileName: `zażółć ${i}.bin`,
      contentType: "application/octet-stream",
      sizeBytes: content.length,
      storageKey,
      sha256: createHash("sha256").update(content).digest("hex"),
    });
  }
  await closeDb();
}, 120_000);

afterAll(async () => {
  await server?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("npm run db:backup / db:restore", () => {
  it(
    "restores every row and every file into a fresh database and folder",
    { timeout: 120_000 },
    async () => {
      const backupDir = path.join(work, "backup");
      const backup = await npmRun("db:backup", ["--out", backupDir], {
        DATABASE_URL: sourceUrl,
        UPLOADS_DIR: sourceUploads(),
      });
      expect(backup.stdout).toContain(`Backup written to ${backupDir}`);
      expect(readdirSync(backupDir).sort()).toEqual([
        "backup.json",
        "database.dump",
        "uploads.tar",
      ]);

      await ensureDatabase(server.adminUrl, "restored");
      const restoredUrl = server.urlFor("restored");
      const restoredUploads = path.join(work, "uploads-restored");
      const target = { DATABASE_URL: restoredUrl, UPLOADS_DIR: restoredUploads };
      await npmRun("db:restore", [backupDir], target);

      const before = await tableRowCounts(sourceUrl);
      const after = await tableRowCounts(restoredUrl);
      expect(after).toEqual(before);
      for (const table of ["users", "contracts", "tickets", "ticket_messages", "attachments"])
        expect(before[`public.${table}`], table).toBeGreaterThan(0);
      const files = fileHashes(sourceUploads());
      expect(Object.keys(files)).toHaveLength(5);
      expect(fileHashes(restoredUploads)).toEqual(files);

      // A second restore over it is refused, unless asked to replace.
      await expect(npmRun("db:restore", [backupDir], target)).rejects.toMatchObject({
        stderr: expect.stringContaining("already has"),
      });
      writeFileSync(path.join(restoredUploads, "stray.txt"), "not in the backup");
      await npmRun("db:restore", [backupDir, "--replace"], target);
      expect(await tableRowCounts(restoredUrl)).toEqual(before);
      expect(fileHashes(restoredUploads)).toEqual(files);
    },
  );
});
