import { createReadStream } from "node:fs";
import { parse } from "csv-parse";
import { importCsvOptions, recordStartLine, type ImportRecord } from "@/lib/csv/import-options";
import { emailSchema } from "./schemas";

/** The header of a CLICO TAC export; extra columns are ignored, missing ones are an error. */
export const TAC_COLUMNS = [
  "legacy_id",
  "email",
  "first_name",
  "last_name",
  "phone",
  "company",
  "contract_numbers",
] as const;

type TacColumn = (typeof TAC_COLUMNS)[number];

export type TacRow = {
  /** Line of the file where the record starts (the header is line 1). */
  line: number;
  legacyId: string;
  email: string;
  firstName: string;
  lastName: string;
  phone: string;
  company: string;
  contractNumbers: string[];
};

export type TacRowError = { line: number; reason: string };

/** `records` counts every data row of the file, valid or not. */
export type TacFile = { records: number; rows: TacRow[]; errors: TacRowError[] };

const LIMITS = { legacyId: 100, name: 100, phone: 40, company: 200, contractNumber: 100 };

/**
 * Streams a TAC export and checks every row on its own and against the other rows of the file
 * (duplicate legacy ids and emails). Checks against the database are the importer's job.
 * Never throws for bad content: every problem becomes an error with its line number.
 */
export async function readTacCsv(filePath: string): Promise<TacFile> {
  const rows: TacRow[] = [];
  const errors: TacRowError[] = [];
  const lineOfLegacyId = new Map<string, number>();
  const lineOfEmail = new Map<string, number>();
  let headerError: string | undefined;
  let records = 0;

  const parser = createReadStream(filePath).pipe(
    parse(
      importCsvOptions(TAC_COLUMNS, {
        missingColumns: (reason) => (headerError = reason),
        unreadableRecord: (problem) => {
          records++;
          errors.push(problem);
        },
      }),
    ),
  );

  for await (const { record, info } of parser as AsyncIterable<ImportRecord>) {
    if (headerError) break;
    records++;
    const line = recordStartLine(record, info);
    const problem = checkRow(record);
    if (typeof problem === "string") {
      errors.push({ line, reason: problem });
      continue;
    }
    const row: TacRow = { line, ...problem };
    const emailKey = row.email.toLowerCase();
    const legacyLine = lineOfLegacyId.get(row.legacyId);
    const emailLine = lineOfEmail.get(emailKey);
    if (legacyLine !== undefined) {
      errors.push({ line, reason: `legacy id ${row.legacyId} is already on line ${legacyLine}` });
    } else if (emailLine !== undefined) {
      errors.push({ line, reason: `email ${row.email} is already on line ${emailLine}` });
    } else {
      lineOfLegacyId.set(row.legacyId, line);
      lineOfEmail.set(emailKey, line);
      rows.push(row);
    }
  }

  if (headerError) return { records: 0, rows: [], errors: [{ line: 1, reason: headerError }] };
  if (!rows.length && !errors.length) errors.push({ line: 1, reason: "the file has no rows" });
  errors.sort((a, b) => a.line - b.line);
  return { records, rows, errors };
}

function checkRow(record: Record<string, string | undefined>): Omit<TacRow, "line"> | string {
  const value = (column: TacColumn) => record[column] ?? "";
  const legacyId = value("legacy_id");
  const firstName = value("first_name");
  const lastName = value("last_name");
  const phone = value("phone");
  const company = value("company");
  const problems: string[] = [];

  if (!legacyId) problems.push("legacy_id is empty");
  else if (legacyId.length > LIMITS.legacyId) problems.push("legacy_id is too long");
  const email = emailSchema.safeParse(value("email"));
  if (!value("email")) problems.push("email is empty");
  else if (!email.success) problems.push(`email "${value("email")}" is not a valid address`);
  if (!firstName) problems.push("first_name is empty");
  else if (firstName.length > LIMITS.name)
    problems.push(`first_name is over ${LIMITS.name} characters`);
  if (!lastName) problems.push("last_name is empty");
  else if (lastName.length > LIMITS.name)
    problems.push(`last_name is over ${LIMITS.name} characters`);
  if (phone.length > LIMITS.phone) problems.push(`phone is over ${LIMITS.phone} characters`);
  if (company.length > LIMITS.company)
    problems.push(`company is over ${LIMITS.company} characters`);

  const contractNumbers = splitContractNumbers(value("contract_numbers"));
  const tooLong = contractNumbers.find((number) => number.length > LIMITS.contractNumber);
  if (tooLong) problems.push(`contract number "${tooLong.slice(0, 20)}…" is too long`);

  if (problems.length || !email.success) return problems.join("; ");
  return { legacyId, email: email.data, firstName, lastName, phone, company, contractNumbers };
}

/** `;`, `,` or whitespace between numbers; duplicates (any letter case) count once. */
export function splitContractNumbers(text: string): string[] {
  const seen = new Set<string>();
  const numbers: string[] = [];
  for (const number of text.split(/[;,\s]+/)) {
    if (!number || seen.has(number.toUpperCase())) continue;
    seen.add(number.toUpperCase());
    numbers.push(number);
  }
  return numbers;
}
