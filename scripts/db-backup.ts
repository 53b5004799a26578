/**
 * `DATABASE_URL=… npm run db:backup [-- --out DIR]`: the database (pg_dump) and the local
 * uploads folder (UPLOADS_DIR) into one new folder, default backups/clico-<UTC time>.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { createBackup } from "./lib/backup";
import { databaseUrlOrExit, main, uploadsDirOf } from "./lib/backup-cli";

const USAGE = "DATABASE_URL=postgres://… npm run db:backup [-- --out DIR]";
const { values } = parseArgs({ options: { out: { type: "string" } } });
const databaseUrl = databaseUrlOrExit(USAGE);
const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, "").replace("T", "-");
const outDir = path.resolve(values.out ?? `backups/clico-${stamp}`);

main(async () => {
  const uploadsDir = uploadsDirOf();
  const manifest = await createBackup({ databaseUrl, uploadsDir, outDir });
  const rows = Object.values(manifest.tables).reduce((sum, n) => sum + n, 0);
  console.log(`Backup written to ${outDir}`);
  console.log(`  database: ${Object.keys(manifest.tables).length} tables, ${rows} rows`);
  console.log(
    manifest.uploads
      ? `  uploads: ${manifest.uploads.files} files, ${manifest.uploads.bytes} bytes from ${uploadsDir}`
      : "  uploads: not included (STORAGE_DRIVER is not local: back the bucket up on its side)",
  );
});
