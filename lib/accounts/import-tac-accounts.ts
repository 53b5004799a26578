import path from "node:path";
import { sql, type SQL } from "drizzle-orm";
import type { Database, Tx } from "@/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { readTacCsv, type TacRow, type TacRowError } from "./tac-csv";

export type TacImportSummary = {
  ok: true;
  dryRun: boolean;
  rows: number;
  created: number;
  /** Existing migrated accounts whose name, phone or company changed. */
  updated: number;
  /** Existing migrated accounts that the file did not change. */
  unchanged: number;
  /** Contract activations added by this run (links that already existed are not counted). */
  contractsLinked: number;
  unknownContracts: Array<{ line: number; number: string }>;
};

export type TacImportRejected = { ok: false; rows: number; errors: TacRowError[] };

export type TacImportResult = TacImportSummary | TacImportRejected;

/** Checking emails against existing accounts, writing accounts, linking contracts. */
export type TacImportPhase = "checking" | "importing" | "linking";

export type TacImportOptions = {
  filePath: string;
  /** Run everything, report the same summary, then roll back. */
  dryRun?: boolean;
  onProgress?: (done: number, total: number, phase: TacImportPhase) => void;
  /** Rows per statement; the default suits 100,000-row files. */
  batchSize?: number;
};

const AUDIT_ACTION = "account.tac_import";

class DryRunRollback extends Error {
  constructor(readonly summary: TacImportSummary) {
    super("dry run");
  }
}

/**
 * Imports a CLICO TAC export (see lib/accounts/tac-csv.ts for the format). Every row is checked
 * before anything is written; one bad row rejects the whole file. The import is one transaction
 * and idempotent: accounts are keyed by legacy id, so a re-run updates names, phone and company
 * and never touches login, email, password or status. Sends no email. Run from the CLI, so
 * there is no acting user.
 */
export async function importTacAccounts(
  db: Database,
  options: TacImportOptions,
): Promise<TacImportResult> {
  const { records, rows, errors } = await readTacCsv(options.filePath);
  const batchSize = options.batchSize ?? 5000;
  const file = path.basename(options.filePath);
  const progress = options.onProgress ?? (() => {});

  let result: TacImportResult;
  try {
    result = await db.transaction(async (tx): Promise<TacImportResult> => {
      progress(0, rows.length, "checking");
      const conflicts = await findEmailConflicts(tx, rows);
      progress(rows.length, rows.length, "checking");
      const allErrors = [...errors, ...conflicts].sort((a, b) => a.line - b.line);
      if (allErrors.length) return { ok: false, rows: records, errors: allErrors };

      const summary = await writeRows(tx, rows, batchSize, progress);
      const result: TacImportSummary = { ok: true, dryRun: Boolean(options.dryRun), ...summary };
      await recordAuditEvent(tx, {
        action: AUDIT_ACTION,
        targetType: "user",
        details: {
          file,
          rows: result.rows,
          created: result.created,
          updated: result.updated,
          unchanged: result.unchanged,
          contractsLinked: result.contractsLinked,
          unknownContracts: result.unknownContracts.length,
        },
      });
      if (options.dryRun) throw new DryRunRollback(result);
      return result;
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return error.summary;
    throw error;
  }
  // A rejected file is worth an audit trail too; a rejected dry run writes nothing at all.
  if (!result.ok && !options.dryRun) {
    await recordAuditEvent(db, {
      action: AUDIT_ACTION,
      targetType: "user",
      outcome: "failure",
      details: { file, rows: result.rows, invalidRows: result.errors.length },
    });
  }
  return result;
}

/**
 * An email already used (as email or login) by an account that this legacy id did not create.
 * One statement for the whole file: per-batch joins would hash the whole users table each time.
 */
async function findEmailConflicts(tx: Tx, rows: TacRow[]): Promise<TacRowError[]> {
  if (!rows.length) return [];
  const result = await tx.execute<{ line: number; email: string; holder: string | null }>(sql`
    with input as (
      select * from unnest(${intArray(rows.map((r) => r.line))},
        ${textArray(rows.map((r) => r.legacyId))},
        ${textArray(rows.map((r) => r.email.toLowerCase()))}) as t(line, legacy_id, email)
    )
    select i.line, i.email, u.legacy_tac_id as holder
    from input i join users u on lower(u.email) = i.email
    where u.legacy_tac_id is distinct from i.legacy_id
    union
    select i.line, i.email, u.legacy_tac_id as holder
    from input i join users u on lower(u.login) = i.email
    where u.legacy_tac_id is distinct from i.legacy_id
  `);
  return result.rows.map(({ line, email, holder }) => ({
    line,
    reason: `email ${email} already belongs to ${holder ? `the account migrated from legacy id ${holder}` : "another account"}`,
  }));
}

async function writeRows(
  tx: Tx,
  rows: TacRow[],
  batchSize: number,
  progress: NonNullable<TacImportOptions["onProgress"]>,
) {
  let created = 0;
  let updated = 0;

  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    // Unchanged rows are left alone (no dead tuples, no updated_at churn), so RETURNING lists
    // only inserted and really updated rows; xmax = 0 marks an insert.
    const upserted = await tx.execute<{ created: number; updated: number }>(sql`
      with up as (
        insert into users (login, email, first_name, last_name, phone, company, status, legacy_tac_id)
        select t.email, t.email, t.first_name, t.last_name, t.phone, t.company,
          'password_reset_required', t.legacy_id
        from unnest(${textArray(batch.map((r) => r.legacyId))},
          ${textArray(batch.map((r) => r.email))},
          ${textArray(batch.map((r) => r.firstName))},
          ${textArray(batch.map((r) => r.lastName))},
          ${textArray(batch.map((r) => r.phone))},
          ${textArray(batch.map((r) => r.company))})
          as t(legacy_id, email, first_name, last_name, phone, company)
        on conflict (legacy_tac_id) do update set
          first_name = excluded.first_name,
          last_name = excluded.last_name,
          phone = excluded.phone,
          company = excluded.company,
          updated_at = now()
        -- once the person has taken the account over, their profile is theirs
        where users.status = 'password_reset_required'
          and (users.first_name, users.last_name, users.phone, users.company)
          is distinct from (excluded.first_name, excluded.last_name, excluded.phone, excluded.company)
        returning (xmax = 0) as inserted
      )
      select count(*) filter (where inserted)::int as created,
        count(*) filter (where not inserted)::int as updated
      from up
    `);
    created += upserted.rows[0]?.created ?? 0;
    updated += upserted.rows[0]?.updated ?? 0;

    progress(start + batch.length, rows.length, "importing");
  }

  // Like the email check, one statement: the users table is hashed once, not once per batch.
  const links = rows.flatMap((row) =>
    row.contractNumbers.map((number) => ({ line: row.line, legacyId: row.legacyId, number })),
  );
  let contractsLinked = 0;
  let unknownContracts: TacImportSummary["unknownContracts"] = [];
  if (links.length) {
    progress(0, links.length, "linking");
    ({ linked: contractsLinked, unknown: unknownContracts } = await linkContracts(tx, links));
    progress(links.length, links.length, "linking");
  }

  const unchanged = rows.length - created - updated;
  return { rows: rows.length, created, updated, unchanged, contractsLinked, unknownContracts };
}

async function linkContracts(
  tx: Tx,
  links: Array<{ line: number; legacyId: string; number: string }>,
) {
  const result = await tx.execute<{
    linked: number;
    unknown: Array<{ line: number; number: string }>;
  }>(sql`
    with input as (
      select * from unnest(${intArray(links.map((l) => l.line))},
        ${textArray(links.map((l) => l.legacyId))},
        ${textArray(links.map((l) => l.number))}) with ordinality as t(line, legacy_id, number, position)
    ),
    matched as (
      select i.position, i.line, i.number, u.id as user_id, c.id as contract_id
      from input i
      join users u on u.legacy_tac_id = i.legacy_id
      left join contracts c on upper(c.number) = upper(i.number)
    ),
    linked as (
      insert into contract_activations (user_id, contract_id)
      select user_id, contract_id from matched where contract_id is not null
      on conflict do nothing
      returning 1
    )
    select (select count(*) from linked)::int as linked,
      coalesce(json_agg(json_build_object('line', line, 'number', number) order by position)
        filter (where contract_id is null), '[]'::json) as unknown
    from matched
  `);
  return result.rows[0] ?? { linked: 0, unknown: [] };
}

// One array parameter per column keeps a batch to a handful of parameters, whatever its size.
const textArray = (values: string[]): SQL => sql`${sql.param(values)}::text[]`;
const intArray = (values: number[]): SQL => sql`${sql.param(values)}::int[]`;
