import type { ResultsFile } from "./stats";

const ms = (value: number | undefined) =>
  value === undefined || Number.isNaN(value)
    ? "—"
    : value < 10
      ? value.toFixed(1)
      : value.toFixed(0);

/** The results as a Markdown table (it pastes into bench/README.md as it is). */
export function printTable(results: ResultsFile): void {
  const rows = results.cases.map((c) => [
    c.name,
    c.reqPerSec.toFixed(1),
    `${(c.ratioToCeiling * 100).toFixed(1)} %`,
    ms(c.p50),
    ms(c.p95),
    ms(c.p99),
    String(c.errors) + (c.errors ? ` ${JSON.stringify(c.statuses)}` : ""),
    c.sqlMs === undefined ? "—" : `${ms(c.sqlMs)} / ${ms(c.totalMs)}`,
  ]);
  const header = [
    "page",
    "req/s",
    "% of ceiling",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "errors",
    "SQL / total ms",
  ];
  console.log(`\n| ${header.join(" | ")} |\n|${header.map(() => "---").join("|")}|`);
  for (const row of rows) console.log(`| ${row.join(" | ")} |`);
  const mail = results.mail;
  if (mail)
    console.log(
      `\nLogin codes: ${mail.emails} emails, outbox lag max ${(mail.maxMs / 1000).toFixed(1)} s, ` +
        `p95 ${(mail.p95Ms / 1000).toFixed(1)} s, ${mail.unsentAtEnd} unsent when the load stopped ` +
        `(target ≤ 5 s: ${mail.maxMs <= 5000 ? "met" : "NOT met"}).`,
    );
}
