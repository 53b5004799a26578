import { execFile } from "node:child_process";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);

export type MemorySample = { atSeconds: number; rssMb: number };

/** Resident memory of every process in the group (npm start, its node:cluster workers). */
async function groupRssMb(pgid: number): Promise<number> {
  const { stdout } = await execFileAsync("ps", ["-o", "rss=", "-g", String(pgid)]);
  const kb = stdout
    .split("\n")
    .map(Number)
    .filter((n) => n > 0)
    .reduce((sum, n) => sum + n, 0);
  return kb / 1024;
}

/** Samples the group's RSS every `everySeconds` until stopped. */
export function sampleMemory(pgid: number, everySeconds = 5) {
  const samples: MemorySample[] = [];
  const started = Date.now();
  const take = () =>
    groupRssMb(pgid).then(
      (rssMb) => samples.push({ atSeconds: (Date.now() - started) / 1000, rssMb }),
      () => {},
    );
  void take();
  const timer = setInterval(() => void take(), everySeconds * 1000);
  return {
    samples,
    stop: () => clearInterval(timer),
  };
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/**
 * Mean RSS over the first window after the warm-up and over the last window, and the change
 * between them: "flat" is a change within ±`tolerance`.
 */
export function memoryTrend(
  samples: MemorySample[],
  {
    warmupSeconds,
    durationSeconds,
    tolerance = 0.2,
  }: { warmupSeconds: number; durationSeconds: number; tolerance?: number },
) {
  const window = Math.min(60, (durationSeconds - warmupSeconds) / 2);
  const inWindow = (from: number) =>
    samples.filter((s) => s.atSeconds >= from && s.atSeconds <= from + window).map((s) => s.rssMb);
  const first = inWindow(warmupSeconds);
  const last = inWindow(durationSeconds - window);
  if (!first.length || !last.length) throw new Error("Too few memory samples: run longer.");
  const firstMb = mean(first);
  const lastMb = mean(last);
  const change = lastMb / firstMb - 1;
  return { windowSeconds: window, firstMb, lastMb, change, flat: Math.abs(change) <= tolerance };
}
