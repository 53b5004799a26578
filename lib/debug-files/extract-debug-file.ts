// Reading a debug file and running the vendor's extractor on it (issue #16), in a worker thread
// with its own heap limits and a wall-clock deadline that terminates it: a hostile file can
// neither block the server's event loop nor exhaust its memory.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker, type ResourceLimits } from "node:worker_threads";
import type { WorkerAnswer, WorkerRequest } from "./extract-worker";
import {
  READ_TIMEOUT_MS,
  type DebugSource,
  type ReadFailure,
  type ReadLimits,
} from "./read-debug-file";
import type { Extraction } from "./types";

export type { DebugSource, ReadFailure } from "./read-debug-file";

/** The worker is terminated past this, whatever it is doing (the reader's own deadline is earlier). */
export const WORKER_TIMEOUT_MS = READ_TIMEOUT_MS + 5_000;
/** The worker's heap: the reader keeps at most 64 MiB of text; extractors split it in lines. */
export const WORKER_RESOURCE_LIMITS: ResourceLimits = {
  maxOldGenerationSizeMb: 256,
  maxYoungGenerationSizeMb: 32,
  stackSizeMb: 4,
};
/** Files read at once; more wait their turn (two cores, and each worker may take its heap). */
export const MAX_CONCURRENT_WORKERS = 2;
/** Files waiting for a turn; past it a file is refused as `busy` rather than queued. */
export const MAX_WAITING_FILES = 20;

/** `extraction` is null when the file holds nothing of the vendor's (or it has no extractor). */
export type ExtractResult =
  | { ok: true; extraction: Extraction | null; fileName: string }
  | { ok: false; reason: ReadFailure | "busy" };

export type ExtractOptions = {
  timeoutMs?: number;
  resourceLimits?: ResourceLimits;
  /** Tighter reader limits (tests). */
  limits?: Partial<ReadLimits>;
};

export async function extractDebugFile(
  source: DebugSource,
  vendor: string,
  options: ExtractOptions = {},
): Promise<ExtractResult> {
  if (running >= MAX_CONCURRENT_WORKERS && waiting.length >= MAX_WAITING_FILES)
    return { ok: false, reason: "busy" };
  const answer = await withTurn(() =>
    inWorker(
      { source, vendor, limits: options.limits },
      options.timeoutMs ?? WORKER_TIMEOUT_MS,
      options.resourceLimits ?? WORKER_RESOURCE_LIMITS,
    ),
  );
  return answer.ok ? { ...answer, fileName: source.name } : answer;
}

function inWorker(
  request: WorkerRequest,
  timeoutMs: number,
  resourceLimits: ResourceLimits,
): Promise<WorkerAnswer> {
  return new Promise((resolve) => {
    const worker = startWorker(resourceLimits);
    let settled = false;
    const settle = (answer: WorkerAnswer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(answer);
    };
    const timer = setTimeout(() => settle({ ok: false, reason: "timeout" }), timeoutMs);
    worker.once("message", (answer: WorkerAnswer) => settle(answer));
    worker.once("error", (error: Error & { code?: string }) =>
      settle({
        ok: false,
        reason: error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "too-large" : "unreadable",
      }),
    );
    worker.once("exit", () => settle({ ok: false, reason: "unreadable" }));
    worker.postMessage(request);
  });
}

// Inside Next (Turbopack, `next build` and `next dev`) `new Worker(new URL(…, import.meta.url))`
// is bundled: the entry and its imports become JavaScript of their own. Outside it (vitest,
// scripts run by tsx) this module is the TypeScript source, and Node 20 applies no loader hooks
// to a worker's entry: the worker registers tsx's require hook itself, then loads the entry.
// (Turbopack keeps import.meta.url the source's .ts path, so that cannot tell them apart.)
const RUNS_SOURCE = !process.env.NEXT_RUNTIME;
const TSX_BOOTSTRAP =
  'require("tsx/cjs/api").register(); require(require("node:worker_threads").workerData.entry);';

function startWorker(resourceLimits: ResourceLimits): Worker {
  if (RUNS_SOURCE)
    return new Worker(TSX_BOOTSTRAP, {
      eval: true,
      workerData: {
        entry: path.join(path.dirname(fileURLToPath(import.meta.url)), "extract-worker.ts"),
      },
      resourceLimits,
    });
  return new Worker(new URL("./extract-worker.ts", import.meta.url), { resourceLimits });
}

let running = 0;
const waiting: (() => void)[] = [];

/** Runs when one of the MAX_CONCURRENT_WORKERS turns is free; a finished turn passes to the next. */
async function withTurn<T>(run: () => Promise<T>): Promise<T> {
  if (running < MAX_CONCURRENT_WORKERS) running += 1;
  else await new Promise<void>((go) => waiting.push(go));
  try {
    return await run();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}
