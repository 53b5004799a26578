/**
 * `npx tsx scripts/bench/tac-import.ts [rows=100000]`: times the TAC import on a generated file.
 * Uses DATABASE_URL when set (it writes accounts and contracts there: use a scratch database),
 * otherwise a throwaway embedded PostgreSQL.
 */
import { rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { stringify } from "csv-stringify/sync";
import { closeDb, getDb } from "../../db/client";
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedServer } from "../../db/embedded";
import { runMigrations } from "../../db/migrate";
import { contracts } from "../../db/schema";
import {
  importTacAccounts,
  type TacImportOptions,
  type TacImportResult,
} from "../../lib/accounts/import-tac-accounts";
import { TAC_COLUMNS } from "../../lib/accounts/tac-csv";

const rowCount = Number(process.argv[2] ?? 100_000);
if (!Number.isInteger(rowCount) || rowCount < 1) {
  console.error("Usage: npx tsx scripts/bench/tac-import.ts [rows=100000]");
  process.exit(2);
}
const CONTRACTS = Math.max(1, Math.ceil(rowCount / 20));
const runId = `${process.pid}-${Date.now().toString(36)}`;
const contractNumber = (i: number) => `BENCH-${runId}-${i}`;

function writeCsv(file: string) {
  const records: string[][] = [];
  for (let i = 0; i < rowCount; i++) {
    // Most accounts hold one or two known contracts; one in ten also lists an unknown one.
    const numbers = [contractNumber(i % CONTRACTS)];
    if (i % 3 === 0) numbers.push(contractNumber((i * 7) % CONTRACTS));
    if (i % 10 === 0) numbers.push(`GONE-${runId}-${i}`);
    records.push([
      `TAC-${runId}-${i}`,
      `user${i}.${runId}@example.com`,
      `First${i}`,
      `Last${i}`,
      `+48 600 ${String(i).padStart(6, "0")}`,
      `Company ${i % 500}`,
      numbers.join(";"),
    ]);
  }
  writeFileSync(file, stringify(records, { header: true, columns: [...TAC_COLUMNS] }));
}

async function seedContracts() {
  const rows = Array.from({ length: CONTRACTS }, (_, i) => ({
    number: contractNumber(i),
    customerName: `Bench customer ${i}`,
    serviceLevel: "8x5_nbd" as const,
    validFrom: "2025-01-01",
    validTo: "2030-12-31",
    activationKeyHash: "bench-not-a-real-hash",
  }));
  for (let i = 0; i < rows.length; i += 1000) {
    await getDb()
      .insert(contracts)
      .values(rows.slice(i, i + 1000));
  }
}

async function timed(
  label: string,
  run: (options: Partial<TacImportOptions>) => Promise<TacImportResult>,
) {
  const started = performance.now();
  // Phase ends, to see where the time goes: parsing ends at the first progress call.
  const marks: string[] = [];
  let phase = "parsing";
  let phaseStarted = started;
  const mark = (next: string) => {
    const now = performance.now();
    marks.push(`${phase} ${((now - phaseStarted) / 1000).toFixed(2)} s`);
    phase = next;
    phaseStarted = now;
  };
  const result = await run({
    onProgress: (_done, _total, next) => {
      if (next !== phase) mark(next);
    },
  });
  mark("done");
  const seconds = (performance.now() - started) / 1000;
  if (!result.ok)
    throw new Error(`${label}: rejected ${JSON.stringify(result.errors.slice(0, 5))}`);
  console.log(
    `${label}: ${rowCount} rows in ${seconds.toFixed(2)} s = ${Math.round(rowCount / seconds)} rows/s ` +
      `(created ${result.created}, updated ${result.updated}, unchanged ${result.unchanged}, ` +
      `contracts linked ${result.contractsLinked}, unknown ${result.unknownContracts.length})\n` +
      `  ${marks.join(", ")}`,
  );
}

let server: EmbeddedServer | undefined;
const file = path.join(tmpdir(), `tac-bench-${runId}.csv`);
try {
  if (!process.env.DATABASE_URL) {
    console.log("Starting a throwaway embedded PostgreSQL…");
    server = await startEmbeddedPostgres({
      dataDir: path.join(tmpdir(), `clico-bench-${runId}`),
      persistent: false,
    });
    await ensureDatabase(server.adminUrl, "clico_bench");
    process.env.DATABASE_URL = server.urlFor("clico_bench");
    await runMigrations(process.env.DATABASE_URL);
  }
  writeCsv(file);
  console.log(
    `Generated ${rowCount} rows (${(statSync(file).size / 1e6).toFixed(1)} MB), ${CONTRACTS} contracts.`,
  );
  await seedContracts();

  const db = getDb();
  await timed("first import", (o) => importTacAccounts(db, { ...o, filePath: file }));
  await timed("re-run      ", (o) => importTacAccounts(db, { ...o, filePath: file }));
} finally {
  rmSync(file, { force: true });
  await closeDb();
  await server?.stop();
}
