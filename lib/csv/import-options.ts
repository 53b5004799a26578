import type { CsvError, OptionsWithColumns } from "csv-parse";

/** A problem of an imported file, at the line where its record starts (the header is line 1). */
export type CsvProblem = { line: number; reason: string };

/** What csv-parse yields for each record with `info` on. */
export type ImportRecord = { record: Record<string, string | undefined>; info: { lines: number } };

/**
 * The csv-parse options every import reads its file with: BOM and surrounding spaces dropped,
 * empty lines skipped, header names lower-cased and checked for the `required` columns, and a
 * record csv-parse cannot read reported (with its line) instead of ending the file.
 */
export function importCsvOptions(
  required: readonly string[],
  report: { missingColumns(reason: string): void; unreadableRecord(problem: CsvProblem): void },
): OptionsWithColumns<ImportRecord> {
  return {
    bom: true,
    trim: true,
    skip_empty_lines: true,
    info: true,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined) => {
      // csv-parse puts the line where it gave up on the error's context.
      report.unreadableRecord({ line: Number(error?.lines) || 0, reason: describe(error) });
      return undefined;
    },
    columns: (header: string[]) => {
      const names = header.map((name) => name.trim().toLowerCase());
      const missing = required.filter((column) => !names.includes(column));
      if (missing.length)
        report.missingColumns(`the header lacks the column(s) ${missing.join(", ")}`);
      return names;
    },
  };
}

/** A record ends on `info.lines`; newlines inside its quoted fields tell where it started. */
export function recordStartLine(record: ImportRecord["record"], info: ImportRecord["info"]) {
  const newlines = Object.values(record).reduce(
    (count, field) => count + (field ? field.split("\n").length - 1 : 0),
    0,
  );
  return info.lines - newlines;
}

function describe(error: CsvError | undefined): string {
  switch (error?.code) {
    case "CSV_RECORD_INCONSISTENT_COLUMNS":
      return "the row has a different number of fields than the header";
    case "CSV_QUOTE_NOT_CLOSED":
      return "a quoted field is never closed";
    default:
      return `the row is not valid CSV (${error?.code ?? "unknown error"})`;
  }
}
