import { catalogTranslator } from "@/lib/i18n/translator";
import { sql, type SQL } from "drizzle-orm";
import { db as defaultDb, type Database, type Tx } from "@/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashActivationKey } from "./check-contract-key";
import type { RequestContext } from "@/lib/http/request-context";
import { generateActivationKey } from "./activation-key";
import { writeMessage } from "@/lib/i18n/message";
import { parseContractsCsv, type ContractCsvContract, type ContractCsvRow } from "./contracts-csv";
import type { ContractActor } from "./create-contract";
import { assertContractPermission } from "./policy";

/** A signed-in user of the web import, or the `contracts:import` CLI (shell access to the server). */
export type ImportActor = ContractActor | "cli";

export type NewContractKey = { number: string; customerName: string; key: string };

export type ContractImportPreview = {
  ok: boolean;
  rows: Array<ContractCsvRow & { contract: "new" | "existing" | null }>;
  contracts: { new: number; existing: number; assets: number };
  errors: Array<{ line: number; reason: string }>;
};

export type ContractImportSummary = {
  ok: true;
  dryRun: boolean;
  rows: number;
  contractsCreated: number;
  /** Existing contracts whose customer, service level or dates changed. */
  contractsUpdated: number;
  contractsUnchanged: number;
  assetsAdded: number;
  assetsUpdated: number;
  /** Keys of the contracts this import created (none in a dry run): shown once, never stored. */
  keys: NewContractKey[];
};
export type ContractImportRejected = {
  ok: false;
  rows: number;
  errors: Array<{ line: number; reason: string }>;
};
export type ContractImportResult = ContractImportSummary | ContractImportRejected;

export type ContractImportPhase = "keys" | "contracts" | "assets";

export type ContractImportOptions = {
  /** Shown in the audit log. */
  fileName: string;
  dryRun?: boolean;
  onProgress?: (done: number, total: number, phase: ContractImportPhase) => void;
  /**
   * Called inside the transaction, just before it commits, with the new keys: a caller that
   * must keep them (the CLI's keys file) saves them here, so no commit loses its keys. Throwing
   * rolls the import back.
   */
  beforeCommit?: (keys: NewContractKey[]) => Promise<void>;
  context?: Partial<RequestContext>;
  batchSize?: number;
};

const AUDIT_ACTION = "contract.import";
const english = catalogTranslator("en");
const HASH_CONCURRENCY = 4;

class DryRunRollback extends Error {
  constructor(readonly summary: ContractImportSummary) {
    super("dry run");
  }
}

function authorize(actor: ImportActor) {
  if (actor !== "cli") assertContractPermission(actor, "import");
}

/** Every row with its errors, and whether its contract is new or already in the system. */
export async function previewContractsImport(
  actor: ImportActor,
  text: string,
  db: Database = defaultDb,
): Promise<ContractImportPreview> {
  authorize(actor);
  const parsed = parseContractsCsv(text);
  const numbers = [
    ...new Set(parsed.rows.map((row) => row.values.contract_number.toUpperCase()).filter(Boolean)),
  ];
  const existing = new Set(await existingNumbers(db, numbers));
  const rows = parsed.rows.map((row) => ({
    ...row,
    contract: row.values.contract_number
      ? existing.has(row.values.contract_number.toUpperCase())
        ? ("existing" as const)
        : ("new" as const)
      : null,
  }));
  const valid = parsed.rows.filter((row) => !row.errors.length);
  const contractsIn = (which: boolean) =>
    new Set(
      valid
        .map((row) => row.values.contract_number.toUpperCase())
        .filter((n) => existing.has(n) === which),
    ).size;
  return {
    ok: parsed.errors.length === 0,
    rows,
    contracts: { new: contractsIn(false), existing: contractsIn(true), assets: valid.length },
    errors: parsed.errors,
  };
}

/**
 * Imports contracts with their assets from CSV (see contracts-csv.ts). All rows are checked
 * first; one bad row rejects the file and nothing is written. Then one transaction, idempotent
 * by contract number: a new number creates the contract with a new key; a known one gets the
 * file's customer, service level and dates, keeps its key, and its assets are merged by serial
 * number (matching ones updated, others added; assets missing from the file are kept, as
 * tickets may refer to them). Imports are serialised with an advisory lock.
 */
export async function importContracts(
  actor: ImportActor,
  text: string,
  options: ContractImportOptions,
  db: Database = defaultDb,
): Promise<ContractImportResult> {
  authorize(actor);
  const parsed = parseContractsCsv(text);
  const actorId = actor === "cli" ? null : actor.id;
  const audit = {
    actorId,
    action: AUDIT_ACTION,
    targetType: "contract",
    ip: options.context?.ip,
    userAgent: options.context?.userAgent,
  };
  if (parsed.errors.length) {
    if (!options.dryRun)
      await recordAuditEvent(db, {
        ...audit,
        outcome: "failure",
        details: {
          file: options.fileName,
          via: actor === "cli" ? "cli" : "web",
          rows: parsed.rows.length,
          invalidRows: new Set(parsed.errors.map((e) => e.line)).size,
        },
      });
    // The web page writes the problems in its reader's language; the CLI prints them in English.
    const errors =
      actor === "cli"
        ? parsed.errors.map((error) => ({
            ...error,
            reason: writeMessage(english, error.reason),
          }))
        : parsed.errors;
    return { ok: false, rows: parsed.rows.length, errors };
  }

  try {
    return await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext('contracts.import'))`);
      const summary = await writeContracts(tx, parsed.contracts, actorId, options);
      const result: ContractImportSummary = {
        ok: true,
        dryRun: Boolean(options.dryRun),
        rows: parsed.rows.length,
        ...summary.counts,
        keys: options.dryRun ? [] : summary.keys,
      };
      await recordAuditEvent(tx, {
        ...audit,
        details: {
          file: options.fileName,
          via: actor === "cli" ? "cli" : "web",
          rows: result.rows,
          ...summary.counts,
          created: summary.keys.map((k) => k.number),
          updated: summary.updatedNumbers,
        },
      });
      if (options.dryRun) throw new DryRunRollback(result);
      await options.beforeCommit?.(result.keys);
      return result;
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return error.summary;
    throw error;
  }
}

async function existingNumbers(db: Database | Tx, upperNumbers: string[]) {
  // PostgreSQL text holds no NUL: such a number (its row refused anyway) is no stored contract's
  const storable = upperNumbers.filter((number) => !number.includes("\u0000"));
  if (!storable.length) return [];
  const found = await db.execute<{ number: string }>(
    sql`select upper(number) as number from contracts where upper(number) = any(${textArray(storable)})`,
  );
  return found.rows.map((row) => row.number);
}

async function writeContracts(
  tx: Tx,
  list: ContractCsvContract[],
  actorId: string | null,
  options: ContractImportOptions,
) {
  const progress = options.onProgress ?? (() => {});
  const batchSize = options.batchSize ?? 2000;
  const found = await tx.execute<{ id: string; number: string }>(
    sql`select id, upper(number) as number from contracts
        where upper(number) = any(${textArray(list.map((c) => c.number.toUpperCase()))}) for update`,
  );
  const idByNumber = new Map(found.rows.map((row) => [row.number, row.id]));
  const fresh = list.filter((c) => !idByNumber.has(c.number.toUpperCase()));
  const known = list.filter((c) => idByNumber.has(c.number.toUpperCase()));

  // argon2id is deliberately slow (~10 ms a key): a few at a time, off the event loop. A dry run
  // skips it — its rows are rolled back and its keys never shown.
  const keys: NewContractKey[] = [];
  const hashes: string[] = [];
  progress(0, fresh.length, "keys");
  for (let start = 0; start < fresh.length; start += HASH_CONCURRENCY) {
    const chunk = fresh.slice(start, start + HASH_CONCURRENCY);
    const issued = await Promise.all(
      chunk.map(async (contract) => {
        const key = generateActivationKey();
        return { key, hash: options.dryRun ? "dry-run" : await hashActivationKey(key), contract };
      }),
    );
    for (const { key, hash, contract } of issued) {
      keys.push({ number: contract.number, customerName: contract.customerName, key });
      hashes.push(hash);
    }
    progress(Math.min(start + chunk.length, fresh.length), fresh.length, "keys");
  }

  progress(0, list.length, "contracts");
  for (let start = 0; start < fresh.length; start += batchSize) {
    const batch = fresh.slice(start, start + batchSize);
    const inserted = await tx.execute<{ id: string; number: string }>(sql`
      insert into contracts (number, customer_name, service_level, valid_from, valid_to,
        activation_key_hash, created_by_id)
      select t.number, t.customer_name, t.service_level::service_level, t.valid_from::date,
        t.valid_to::date, t.hash, ${actorId}::uuid
      from unnest(${textArray(batch.map((c) => c.number))}, ${textArray(batch.map((c) => c.customerName))},
        ${textArray(batch.map((c) => c.serviceLevel))}, ${textArray(batch.map((c) => c.validFrom))},
        ${textArray(batch.map((c) => c.validTo))}, ${textArray(hashes.slice(start, start + batch.length))})
        as t(number, customer_name, service_level, valid_from, valid_to, hash)
      returning id, upper(number) as number
    `);
    for (const row of inserted.rows) idByNumber.set(row.number, row.id);
    progress(start + batch.length, list.length, "contracts");
  }

  const updatedNumbers: string[] = [];
  for (let start = 0; start < known.length; start += batchSize) {
    const batch = known.slice(start, start + batchSize);
    // Unchanged contracts are left alone: no updated_at churn, and RETURNING counts real changes.
    const updated = await tx.execute<{ number: string }>(sql`
      update contracts c set number = t.number, customer_name = t.customer_name,
        service_level = t.service_level::service_level, valid_from = t.valid_from::date,
        valid_to = t.valid_to::date, updated_at = now()
      from unnest(${uuidArray(batch.map((c) => idByNumber.get(c.number.toUpperCase())!))},
        ${textArray(batch.map((c) => c.number))}, ${textArray(batch.map((c) => c.customerName))},
        ${textArray(batch.map((c) => c.serviceLevel))}, ${textArray(batch.map((c) => c.validFrom))},
        ${textArray(batch.map((c) => c.validTo))})
        as t(id, number, customer_name, service_level, valid_from, valid_to)
      where c.id = t.id and (c.number, c.customer_name, c.service_level, c.valid_from, c.valid_to)
        is distinct from (t.number, t.customer_name, t.service_level::service_level,
          t.valid_from::date, t.valid_to::date)
      returning c.number
    `);
    updatedNumbers.push(...updated.rows.map((row) => row.number));
    progress(fresh.length + start + batch.length, list.length, "contracts");
  }

  const assetRows = list.flatMap((c) =>
    c.assets.map((asset) => ({ contractId: idByNumber.get(c.number.toUpperCase())!, ...asset })),
  );
  let assetsAdded = 0;
  let assetsUpdated = 0;
  progress(0, assetRows.length, "assets");
  for (let start = 0; start < assetRows.length; start += batchSize) {
    const batch = assetRows.slice(start, start + batchSize);
    const input = sql`unnest(${uuidArray(batch.map((a) => a.contractId))},
      ${textArray(batch.map((a) => a.vendor))}, ${textArray(batch.map((a) => a.product))},
      ${textArray(batch.map((a) => a.serialNumber))}, ${textArray(batch.map((a) => a.description ?? null))})
      as t(contract_id, vendor, product, serial_number, description)`;
    const updated = await tx.execute<{ n: number }>(sql`
      with changed as (
        update assets a set vendor = t.vendor, product = t.product,
          serial_number = t.serial_number, description = t.description
        from ${input}
        where a.contract_id = t.contract_id and upper(a.serial_number) = upper(t.serial_number)
          and (a.vendor, a.product, a.serial_number, a.description)
            is distinct from (t.vendor, t.product, t.serial_number, t.description)
        returning 1
      ) select count(*)::int as n from changed
    `);
    const added = await tx.execute<{ n: number }>(sql`
      with added as (
        insert into assets (contract_id, vendor, product, serial_number, description)
        select t.contract_id, t.vendor, t.product, t.serial_number, t.description from ${input}
        where not exists (select 1 from assets a where a.contract_id = t.contract_id
          and upper(a.serial_number) = upper(t.serial_number))
        returning 1
      ) select count(*)::int as n from added
    `);
    assetsUpdated += updated.rows[0]?.n ?? 0;
    assetsAdded += added.rows[0]?.n ?? 0;
    progress(start + batch.length, assetRows.length, "assets");
  }

  return {
    keys,
    updatedNumbers,
    counts: {
      contractsCreated: fresh.length,
      contractsUpdated: updatedNumbers.length,
      contractsUnchanged: known.length - updatedNumbers.length,
      assetsAdded,
      assetsUpdated,
    },
  };
}

// One array parameter per column keeps a batch to a handful of parameters, whatever its size.
const textArray = (values: Array<string | null>): SQL => sql`${sql.param(values)}::text[]`;
const uuidArray = (values: string[]): SQL => sql`${sql.param(values)}::uuid[]`;
