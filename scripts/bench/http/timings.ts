import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { TimingTotals } from "./timing-hook";

/**
 * The timing hook's totals from every server process, per case over all rounds: mean SQL ms
 * and mean total ms per request. Labels are `<round>:<case name>`.
 */
export async function readTimings(
  dir: string,
): Promise<Map<string, { sqlMs: number; totalMs: number; queries: number }>> {
  await new Promise((resolve) => setTimeout(resolve, 1200)); // the hook writes twice a second
  const sums = new Map<
    string,
    { requests: number; sqlMs: number; totalMs: number; queries: number }
  >();
  for (const file of readdirSync(dir)) {
    const totals = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as TimingTotals;
    for (const [label, entry] of Object.entries(totals)) {
      const name = label.slice(label.indexOf(":") + 1);
      const sum = sums.get(name) ?? { requests: 0, sqlMs: 0, totalMs: 0, queries: 0 };
      sum.requests += entry.requests;
      sum.sqlMs += entry.sqlMs;
      sum.totalMs += entry.totalMs;
      sum.queries += entry.queries;
      sums.set(name, sum);
    }
  }
  return new Map(
    [...sums].map(([name, sum]) => [
      name,
      {
        sqlMs: sum.sqlMs / sum.requests,
        totalMs: sum.totalMs / sum.requests,
        queries: sum.queries / sum.requests,
      },
    ]),
  );
}
