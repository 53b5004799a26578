/**
 * `npm run bench:business-hours`: the SLA clock a queue page computes for every row —
 * business seconds since the ticket opened and its due time — over tickets opened across the
 * last 90 days. Prints microseconds per row; the ceiling is the same loop reading two dates.
 */
import { performance } from "node:perf_hooks";
import { addBusinessHours, businessSecondsBetween } from "../../lib/sla/business-hours";

const ROWS = Number(process.argv[2] ?? 20_000);
const now = new Date();
const starts = Array.from(
  { length: ROWS },
  (_, i) => new Date(now.getTime() - ((i * 7919) % (90 * 86_400)) * 1000),
);

function perRow(work: (start: Date, i: number) => number): number {
  let sink = 0;
  const started = performance.now();
  for (let i = 0; i < ROWS; i++) sink += work(starts[i]!, i);
  const micros = ((performance.now() - started) * 1000) / ROWS;
  if (Number.isNaN(sink)) throw new Error("unreachable");
  return micros;
}

const ceiling = perRow((start) => now.getTime() - start.getTime());
const clock = perRow(
  (start, i) =>
    businessSecondsBetween(start, now) + addBusinessHours(start, [4, 8, 40][i % 3]!).getTime(),
);
console.log(`${ROWS} rows opened over the last 90 days:`);
console.log(`  two dates read (ceiling)     ${ceiling.toFixed(2).padStart(8)} µs/row`);
console.log(
  `  business clock and due time  ${clock.toFixed(2).padStart(8)} µs/row  ${(clock / ceiling).toFixed(0)}× the ceiling`,
);
