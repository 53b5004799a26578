/**
 * `npm run contracts:import -- [--dry-run] [--keys-out <keys.csv>] <file.csv>`: imports contracts
 * with their covered assets (format in lib/contracts/contracts-csv.ts and the README). The
 * activation keys of new contracts are written once, to the keys file; nowhere else.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { phaseProgress } from "./lib/progress";
import { stringify } from "csv-stringify/sync";
import { closeDb, getDb } from "../db/client";
import {
  importContracts,
  type ContractImportPhase,
  type NewContractKey,
} from "../lib/contracts/import-contracts";

const USAGE = "Usage: npm run contracts:import -- [--dry-run] [--keys-out <keys.csv>] <file.csv>";
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    "dry-run": { type: "boolean", default: false },
    "keys-out": { type: "string" },
  },
});
const filePath = positionals[0];
const dryRun = values["dry-run"] ?? false;

if (!filePath || positionals.length > 1) {
  console.error(USAGE);
  process.exit(2);
}
if (!existsSync(filePath)) {
  console.error(`No such file: ${filePath}`);
  process.exit(2);
}

const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "");
const keysPath =
  values["keys-out"] ??
  path.join(
    path.dirname(filePath),
    `${path.basename(filePath, path.extname(filePath))}.keys-${stamp}.csv`,
  );
if (!dryRun && existsSync(keysPath)) {
  console.error(`The keys file ${keysPath} already exists: choose another with --keys-out.`);
  process.exit(2);
}

const PHASE_LABEL: Record<ContractImportPhase, string> = {
  keys: "Generating keys",
  contracts: "Writing contracts",
  assets: "Writing assets",
};

/** Owner-only, never overwritten: the keys are the one copy there is. */
function writeKeys(keys: NewContractKey[]) {
  const rows = keys.map((k) => [k.number, k.customerName, k.key]);
  writeFileSync(
    keysPath,
    stringify([["contract_number", "customer_name", "activation_key"], ...rows]),
    { flag: "wx", mode: 0o600 },
  );
}

const progress = phaseProgress(PHASE_LABEL);
let keysWritten = false;
try {
  const started = performance.now();
  const result = await importContracts(
    "cli",
    readFileSync(filePath, "utf8"),
    {
      fileName: path.basename(filePath),
      dryRun,
      onProgress: progress.onProgress,
      beforeCommit: async (keys) => {
        if (!keys.length) return;
        writeKeys(keys);
        keysWritten = true;
      },
    },
    getDb(),
  );
  progress.stop();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);

  if (!result.ok) {
    for (const { line, reason } of result.errors) console.error(`line ${line}: ${reason}`);
    const lines = new Set(result.errors.map((e) => e.line)).size;
    console.error(
      `\n${lines} invalid row(s) out of ${result.rows}: nothing was imported. Fix the file and run again.`,
    );
    process.exitCode = 1;
  } else {
    console.log(
      [
        dryRun ? "\nDry run — nothing was written. The import would have:" : "\nImported:",
        `  rows                 ${result.rows}`,
        `  contracts created    ${result.contractsCreated}`,
        `  contracts updated    ${result.contractsUpdated}`,
        `  contracts unchanged  ${result.contractsUnchanged}`,
        `  assets added         ${result.assetsAdded}`,
        `  assets updated       ${result.assetsUpdated}`,
        `in ${seconds} s.`,
      ].join("\n"),
    );
    if (result.keys.length)
      console.log(
        `\nThe activation keys of the ${result.keys.length} new contract(s) are in ${keysPath}\n` +
          "This is the only copy: send each key to its customer, then delete the file.",
      );
    else if (!dryRun)
      console.log("No new contracts, so no keys file. Existing keys are unchanged.");
  }
} catch (error) {
  progress.stop();
  // The transaction rolled back: keys written for it would name contracts that don't exist.
  if (keysWritten) rmSync(keysPath, { force: true });
  console.error("The import failed and was rolled back:", error);
  process.exitCode = 1;
} finally {
  await closeDb();
}
