/** `npm run tac:import -- [--dry-run] <file.csv>`: migrates the active CLICO TAC accounts. */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { phaseProgress } from "./lib/progress";
import { closeDb, getDb } from "../db/client";
import { importTacAccounts, type TacImportPhase } from "../lib/accounts/import-tac-accounts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { "dry-run": { type: "boolean", default: false } },
});
const filePath = positionals[0];
const dryRun = values["dry-run"] ?? false;

if (!filePath || positionals.length > 1) {
  console.error("Usage: npm run tac:import -- [--dry-run] <file.csv>");
  process.exit(2);
}
if (!existsSync(filePath)) {
  console.error(`No such file: ${filePath}`);
  process.exit(2);
}

const PHASE_LABEL: Record<TacImportPhase, string> = {
  checking: "Checking emails",
  importing: "Importing accounts",
  linking: "Linking contracts",
};

const progress = phaseProgress(PHASE_LABEL, " rows");
try {
  const started = performance.now();
  const result = await importTacAccounts(getDb(), {
    filePath,
    dryRun,
    onProgress: progress.onProgress,
  });
  progress.stop();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);

  if (!result.ok) {
    for (const { line, reason } of result.errors) console.error(`line ${line}: ${reason}`);
    console.error(
      `\n${result.errors.length} invalid row(s) out of ${result.rows}: nothing was imported. Fix the file and run again.`,
    );
    process.exitCode = 1;
  } else {
    for (const { line, number } of result.unknownContracts) {
      console.log(`line ${line}: no contract ${number} in the system, not linked`);
    }
    console.log(
      [
        dryRun ? "\nDry run — nothing was written. The import would have:" : "\nImported:",
        `  rows               ${result.rows}`,
        `  accounts created   ${result.created}`,
        `  accounts updated   ${result.updated}`,
        `  accounts unchanged ${result.unchanged}`,
        `  contracts linked   ${result.contractsLinked}`,
        `  unknown contracts  ${result.unknownContracts.length}`,
        `in ${seconds} s. No email was sent; migrated users sign in after "Forgot my password".`,
      ].join("\n"),
    );
  }
} catch (error) {
  progress.stop();
  console.error("The import failed and was rolled back:", error);
  process.exitCode = 1;
} finally {
  await closeDb();
}
