/** Medians, percentiles and the results file's shape for `bench:http`. */

export const median = (values: number[]): number => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Nearest-rank percentile (q in 0–100) of unsorted values; NaN when there are none. */
export const percentile = (values: number[], q: number): number => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((q / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
};

/** One autocannon run of one case. */
export type RoundResult = {
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  /** Responses outside 2xx/3xx plus socket errors and timeouts. */
  errors: number;
  statuses: Record<string, number>;
};

export type CaseSummary = RoundResult & {
  name: string;
  /** Median over the rounds of req/s divided by the same round's ceiling req/s. */
  ratioToCeiling: number;
  sqlMs?: number;
  totalMs?: number;
};

/** Medians over the rounds; errors and status counts are summed. */
export function summarize(name: string, rounds: RoundResult[], ceilings: number[]): CaseSummary {
  const statuses: Record<string, number> = {};
  for (const round of rounds)
    for (const [status, count] of Object.entries(round.statuses))
      statuses[status] = (statuses[status] ?? 0) + count;
  return {
    name,
    reqPerSec: median(rounds.map((r) => r.reqPerSec)),
    p50: median(rounds.map((r) => r.p50)),
    p95: median(rounds.map((r) => r.p95)),
    p99: median(rounds.map((r) => r.p99)),
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
    statuses,
    ratioToCeiling: median(rounds.map((r, i) => (ceilings[i] ? r.reqPerSec / ceilings[i] : NaN))),
  };
}

export type MailLag = { emails: number; maxMs: number; p95Ms: number; unsentAtEnd: number };

export type ResultsFile = {
  date: string;
  setup: string;
  machine: { cores: number; cpu: string; node: string; commit: string; tickets: number };
  options: { connections: number; durationSeconds: number; warmupSeconds: number; rounds: number };
  ceiling: { file: string; bytes: number };
  cases: Array<CaseSummary & { request: string }>;
  mail?: MailLag;
};

/** `bench/results/2026-12-02-1-process.json` */
export const resultsFileName = (date: Date, setup: string) =>
  `${date.toISOString().slice(0, 10)}-${setup}.json`;
