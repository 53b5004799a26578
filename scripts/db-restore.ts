/**
 * `DATABASE_URL=… npm run db:restore -- DIR [--replace]`: a db:backup folder into the database
 * (which must exist) and the local uploads folder (UPLOADS_DIR), then checks the row counts.
 * Both must be empty unless --replace, which replaces what is there.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { restoreBackup } from "./lib/backup";
import { databaseUrlOrExit, main, uploadsDirOf } from "./lib/backup-cli";

const USAGE = "DATABASE_URL=postgres://… npm run db:restore -- BACKUP_DIR [--replace]";
const { values, positionals } = parseArgs({
  options: { replace: { type: "boolean", default: false } },
  allowPositionals: true,
});
const databaseUrl = databaseUrlOrExit(USAGE);
if (positionals.length !== 1) {
  console.error(`Which backup? Usage: ${USAGE}`);
  process.exit(2);
}
const fromDir = path.resolve(positionals[0]!);

main(async () => {
  const uploadsDir = uploadsDirOf();
  const manifest = await restoreBackup({
    databaseUrl,
    uploadsDir,
    fromDir,
    replace: values.replace,
  });
  console.log(`Restored the backup of ${manifest.createdAt} from ${fromDir}`);
  console.log(`  database: ${Object.keys(manifest.tables).length} tables, row counts checked`);
  if (manifest.uploads && uploadsDir)
    console.log(`  uploads: ${manifest.uploads.files} files into ${uploadsDir}`);
});
