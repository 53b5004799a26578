import { parse } from "csv-parse/sync";
import {
  importCsvOptions,
  recordStartLine,
  type CsvProblem,
  type ImportRecord,
} from "@/lib/csv/import-options";
import type { ServiceLevel } from "@/db/schema";
import { msg } from "@/lib/i18n/message";
import { vendorNames } from "@/lib/vendors";
import { serviceLevelLabels } from "./service-levels";
import { assetInputSchema, contractFieldsSchema, LIMITS, type AssetInput } from "./staff-schemas";

/**
 * One row per covered asset; the rows of one contract repeat its fields, which must agree.
 * Extra columns are ignored, missing ones reject the file; `description` may be left out.
 */
export const CONTRACT_CSV_COLUMNS = [
  "contract_number",
  "customer_name",
  "service_level",
  "valid_from",
  "valid_to",
  "vendor",
  "product",
  "serial_number",
  "description",
] as const;
export type ContractCsvColumn = (typeof CONTRACT_CSV_COLUMNS)[number];
const REQUIRED_COLUMNS = CONTRACT_CSV_COLUMNS.filter((column) => column !== "description");

export type ContractCsvRow = {
  /** Line of the file where the record starts (the header is line 1). */
  line: number;
  values: Record<ContractCsvColumn, string>;
  /** Empty for a valid row. Each a `msg` (lib/i18n/message.ts), written by writeMessage. */
  errors: string[];
};

export type ContractCsvContract = {
  number: string;
  customerName: string;
  serviceLevel: ServiceLevel;
  validFrom: string;
  validTo: string;
  assets: AssetInput[];
  lines: number[];
};

export type ParsedContractsCsv = {
  rows: ContractCsvRow[];
  /** Contracts in order of first appearance; complete only when `errors` is empty. */
  contracts: ContractCsvContract[];
  /** Every problem, by line; errors of the file itself (header, syntax) are on line 1 or the row. */
  errors: Array<{ line: number; reason: string }>;
};

// The service level and vendor may be written as stored (8x5_nbd, checkpoint) or as shown (8x5 NBD, Check Point).
const serviceLevelByName = new Map<string, ServiceLevel>(
  Object.entries(serviceLevelLabels).flatMap(([value, label]) => [
    [value.toLowerCase(), value as ServiceLevel],
    [label.toLowerCase(), value as ServiceLevel],
  ]),
);
const vendorByName = new Map<string, string>(
  Object.entries(vendorNames).flatMap(([id, name]) => [
    [id.toLowerCase(), id],
    [name.toLowerCase(), id],
  ]),
);

const FIELD_COLUMN: Record<string, ContractCsvColumn> = {
  number: "contract_number",
  customerName: "customer_name",
  serviceLevel: "service_level",
  validFrom: "valid_from",
  validTo: "valid_to",
  vendor: "vendor",
  product: "product",
  serialNumber: "serial_number",
  description: "description",
};

/**
 * Parses and checks a contracts CSV: every row on its own, then the rows of each contract
 * against each other (same contract fields, no serial number twice). Never throws for bad
 * content: every problem is reported with its line. Database checks are the importer's job.
 */
export function parseContractsCsv(text: string): ParsedContractsCsv {
  let headerError: string | undefined;
  const skipped: CsvProblem[] = [];
  let records: ImportRecord[];
  try {
    records = parse(
      text,
      importCsvOptions(REQUIRED_COLUMNS, {
        missingColumns: (reason) => (headerError = csvProblem(reason)),
        unreadableRecord: (problem) =>
          skipped.push({ ...problem, reason: csvProblem(problem.reason) }),
      }),
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      rows: [],
      contracts: [],
      errors: [{ line: 1, reason: msg("admin.import.notCsv", { reason }) }],
    };
  }
  if (headerError) return { rows: [], contracts: [], errors: [{ line: 1, reason: headerError }] };

  const rows: ContractCsvRow[] = [];
  const byNumber = new Map<string, ContractCsvContract>();
  const serialLines = new Map<string, number>();
  for (const { record, info } of records) {
    const values = Object.fromEntries(
      CONTRACT_CSV_COLUMNS.map((column) => [column, record[column] ?? ""]),
    ) as Record<ContractCsvColumn, string>;
    const row: ContractCsvRow = { line: recordStartLine(values, info), values, errors: [] };
    rows.push(row);
    const checked = checkRow(values);
    if (Array.isArray(checked)) {
      row.errors.push(...checked);
      continue;
    }
    const { fields, asset } = checked;
    const key = fields.number.toUpperCase();
    const contract = byNumber.get(key);
    if (!contract) {
      byNumber.set(key, { ...fields, assets: [asset], lines: [row.line] });
    } else {
      // The number's letter case too: the contract is saved as printed.
      const differing = (
        ["number", "customerName", "serviceLevel", "validFrom", "validTo"] as const
      ).filter((field) => contract[field] !== fields[field]);
      if (differing.length) {
        row.errors.push(
          msg("admin.import.fieldsDiffer", {
            fields: differing.map((field) => FIELD_COLUMN[field]).join(", "),
            count: differing.length,
            line: contract.lines[0]!,
            number: contract.number,
          }),
        );
        continue;
      }
      if (contract.assets.length >= LIMITS.assets) {
        row.errors.push(
          msg("admin.import.tooManyAssets", { number: contract.number, max: LIMITS.assets }),
        );
        continue;
      }
    }
    const serialKey = `${key}\u0000${asset.serialNumber.toUpperCase()}`;
    const serialLine = serialLines.get(serialKey);
    if (serialLine !== undefined) {
      row.errors.push(
        msg("admin.import.serialRepeated", { serial: asset.serialNumber, line: serialLine }),
      );
      continue;
    }
    serialLines.set(serialKey, row.line);
    if (contract) {
      contract.assets.push(asset);
      contract.lines.push(row.line);
    }
  }
  for (const problem of skipped) {
    rows.push({ line: problem.line, values: emptyValues(), errors: [problem.reason] });
  }
  rows.sort((a, b) => a.line - b.line);
  const errors = rows.flatMap((row) => row.errors.map((reason) => ({ line: row.line, reason })));
  if (!rows.length) errors.push({ line: 1, reason: msg("admin.import.noRows") });
  return { rows, contracts: errors.length ? [] : [...byNumber.values()], errors };
}

function checkRow(values: Record<ContractCsvColumn, string>) {
  const serviceLevel = serviceLevelByName.get(values.service_level.toLowerCase());
  const vendor = vendorByName.get(values.vendor.toLowerCase());
  const problems: string[] = [];
  const fields = contractFieldsSchema.safeParse({
    number: values.contract_number,
    customerName: values.customer_name,
    serviceLevel: serviceLevel ?? values.service_level,
    validFrom: values.valid_from,
    validTo: values.valid_to,
  });
  const asset = assetInputSchema.safeParse({
    vendor: vendor ?? values.vendor,
    product: values.product,
    serialNumber: values.serial_number,
    description: values.description || undefined,
  });
  for (const issue of [...(fields.error?.issues ?? []), ...(asset.error?.issues ?? [])]) {
    const column = FIELD_COLUMN[String(issue.path[0])] ?? "row";
    if (column === "service_level")
      problems.push(
        msg("admin.import.badServiceLevel", {
          value: values.service_level,
          levels: Object.values(serviceLevelLabels).join(", "),
        }),
      );
    else if (column === "vendor")
      problems.push(
        msg("admin.import.badVendor", {
          value: values.vendor,
          vendors: Object.keys(vendorNames).join(", "),
        }),
      );
    else problems.push(msg("admin.import.cell", { column, problem: issue.message }));
  }
  if (fields.success && fields.data.validTo < fields.data.validFrom)
    problems.push(msg("admin.import.datesReversed"));
  if (problems.length || !fields.success || !asset.success) return problems;
  return { fields: fields.data, asset: asset.data };
}

const emptyValues = () =>
  Object.fromEntries(CONTRACT_CSV_COLUMNS.map((column) => [column, ""])) as Record<
    ContractCsvColumn,
    string
  >;

/**
 * lib/csv's problems (written in English for every import) as this import's messages, so the
 * page can write them in the reader's language; one it does not know stays as it is.
 */
function csvProblem(reason: string): string {
  const missing = /^the header lacks the column\(s\) (.+)$/.exec(reason);
  if (missing) return msg("admin.import.missingColumns", { columns: missing[1]! });
  if (reason === "the row has a different number of fields than the header")
    return msg("admin.import.inconsistentColumns");
  if (reason === "a quoted field is never closed") return msg("admin.import.quoteNotClosed");
  const invalid = /^the row is not valid CSV \((.+)\)$/.exec(reason);
  if (invalid) return msg("admin.import.invalidRecord", { code: invalid[1]! });
  return reason;
}
