// The worker thread of extract-debug-file.ts: reads one debug file and runs the vendor's
// extractor on it, away from the server's event loop and heap. Nothing here outlives one file.
import { parentPort } from "node:worker_threads";
import { extractorFor } from "@/lib/vendors/extractors";
import {
  readDebugFile,
  type DebugSource,
  type ReadFailure,
  type ReadLimits,
} from "./read-debug-file";
import type { Extraction } from "./types";

export type WorkerRequest = { source: DebugSource; vendor: string; limits?: Partial<ReadLimits> };
export type WorkerAnswer =
  { ok: true; extraction: Extraction | null } | { ok: false; reason: ReadFailure };

async function answer({ source, vendor, limits }: WorkerRequest): Promise<WorkerAnswer> {
  const extractor = extractorFor(vendor);
  if (!extractor) return { ok: true, extraction: null };
  const read = await readDebugFile(source, { members: extractor.members, limits });
  if (!read.ok) return read;
  return { ok: true, extraction: extractor.extract(read.texts) };
}

parentPort?.once("message", (request: WorkerRequest) => {
  answer(request).then(
    (result) => parentPort?.postMessage(result),
    // an extractor that throws on a strange file: the file is what could not be read
    () => parentPort?.postMessage({ ok: false, reason: "unreadable" } satisfies WorkerAnswer),
  );
});
