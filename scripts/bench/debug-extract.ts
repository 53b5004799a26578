/**
 * `npm run bench:debug-extract [-- --runs 3 --mb 200]`: extraction of a 200 MB tech-support-like
 * archive (issue #16: under 2 s and 100 MB of memory). Builds a PAN-OS-style tgz in a temp
 * folder — rotated logs already gzipped (random bytes stand in for them: they neither compress
 * nor are opened), text logs, and the `show system info` output the extractor wants last, so the
 * whole archive is read through — then times extractDebugFile (worker included) and the bare
 * reader, sampling the process's RSS every 5 ms. Writes bench/results/debug-extract-<date>.json.
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { createGzip } from "node:zlib";
import { extractDebugFile } from "../../lib/debug-files/extract-debug-file";
import { readDebugFile } from "../../lib/debug-files/read-debug-file";
import { tarStream, type Member } from "../../lib/debug-files/test-archives";
import { extractorFor } from "../../lib/vendors/extractors";

const CEILING_MS = 2000;
const CEILING_MB = 100;
const MB = 1e6;

const { values: args } = parseArgs({
  options: { runs: { type: "string", default: "3" }, mb: { type: "string", default: "200" } },
});
const runs = Number(args.runs);
const targetBytes = Number(args.mb) * MB;

const root = path.resolve(import.meta.dirname, "../..");
const systemInfo = readFileSync(
  path.join(root, "lib/vendors/extractors/samples/paloalto/show-system-info-9.1-vm.txt"),
);

/** `bytes` of log lines, varied enough to gzip about as well as a firewall's logs do (5–6×). */
function* logLines(bytes: number): Generator<Buffer> {
  let line = 0;
  for (let left = bytes; left > 0;) {
    const lines: string[] = [];
    for (let i = 0; i < 8000; i += 1, line += 1)
      lines.push(
        `2026/03/${String((line % 28) + 1).padStart(2, "0")} 12:${String(line % 60).padStart(2, "0")}:` +
          `${String((line * 7) % 60).padStart(2, "0")} info general general 0 id=${(line * 2654435761) % 4294967296} ` +
          `src=10.${line % 255}.${(line * 3) % 255}.${(line * 7) % 255} dport=${(line * 13) % 65535} ` +
          `session ${line % 3 ? "allowed" : "denied"} bytes=${(line * 7919) % 100000}\n`,
      );
    const chunk = Buffer.from(lines.join("")).subarray(0, left);
    left -= chunk.length;
    yield chunk;
  }
}

function* random(bytes: number): Generator<Buffer> {
  for (let left = bytes; left > 0; left -= MB) yield randomBytes(Math.min(MB, left));
}

const sized = (size: number, chunks: (size: number) => Iterable<Buffer>) => ({
  size,
  chunks: () => chunks(size),
});

/** About 80 % of the file is rotated .gz logs, the rest text logs gzipped by the archive. */
function members(target: number): Member[] {
  const rotated = Math.round((target * 0.8) / (8 * MB));
  const textLogs = 20;
  const textBytes = Math.round((target * 0.2 * 5.5) / textLogs);
  return [
    { name: "tmp/cli/", content: "", type: "directory" },
    ...Array.from({ length: textLogs }, (_, i) => ({
      name: `var/log/pan/mp-log-${i}.log`,
      content: sized(textBytes, logLines),
    })),
    ...Array.from({ length: rotated }, (_, i) => ({
      name: `var/log/pan/traffic.log.${i + 1}.gz`,
      content: sized(8 * MB, random),
    })),
    { name: "tmp/cli/techsupport_show_system_info.txt", content: systemInfo },
  ];
}

function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function measure<T>(run: () => Promise<T>) {
  const before = process.memoryUsage.rss();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5);
  const started = performance.now();
  const result = await run();
  const ms = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage.rss());
  return { result, ms, peakRssMb: peak / MB, growthMb: (peak - before) / MB };
}

const folder = mkdtempSync(path.join(tmpdir(), "bench-debug-extract-"));
try {
  const file = path.join(folder, "PA-VM_ts_20260301.tgz");
  const building = performance.now();
  await pipeline(
    tarStream(members(targetBytes)),
    createGzip({ level: 6 }),
    createWriteStream(file),
  );
  const fileBytes = statSync(file).size;
  console.log(
    `Built ${(fileBytes / MB).toFixed(0)} MB archive in ${((performance.now() - building) / 1000).toFixed(1)} s`,
  );
  const source = { path: file, name: path.basename(file) };
  const paloalto = extractorFor("paloalto");
  if (!paloalto) throw new Error("no paloalto extractor");

  const extract: Awaited<ReturnType<typeof measure>>[] = [];
  const read: Awaited<ReturnType<typeof measure>>[] = [];
  let expected = "";
  for (let run = 0; run < runs; run += 1) {
    const inWorker = await measure(() => extractDebugFile(source, "paloalto"));
    if (!inWorker.result.ok || !inWorker.result.extraction)
      throw new Error(`extraction failed: ${JSON.stringify(inWorker.result)}`);
    expected = JSON.stringify(inWorker.result.extraction.found);
    extract.push(inWorker);
    const bare = await measure(() => readDebugFile(source, { members: paloalto.members }));
    if (!bare.result.ok) throw new Error(`read failed: ${bare.result.reason}`);
    read.push(bare);
    console.log(
      `run ${run + 1}: extract (worker) ${inWorker.ms.toFixed(0)} ms, RSS +${inWorker.growthMb.toFixed(0)} MB` +
        ` (peak ${inWorker.peakRssMb.toFixed(0)} MB); read in process ${bare.ms.toFixed(0)} ms, RSS +${bare.growthMb.toFixed(0)} MB`,
    );
  }

  const ms = median(extract.map((r) => r.ms));
  const growthMb = median(extract.map((r) => r.growthMb));
  const summary = {
    date: new Date().toISOString(),
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model ?? "",
      node: process.version,
      commit: execFileSync("git", ["rev-parse", "HEAD"], { cwd: root }).toString().trim(),
    },
    archive: {
      bytes: fileBytes,
      members: members(targetBytes).length,
      decompressedBytes: members(targetBytes).reduce(
        (sum, m) =>
          sum +
          (typeof m.content === "object" && "size" in m.content
            ? m.content.size
            : Buffer.byteLength(m.content)),
        0,
      ),
    },
    found: JSON.parse(expected) as unknown,
    runs,
    extractMs: ms,
    extractRssGrowthMb: growthMb,
    extractPeakRssMb: median(extract.map((r) => r.peakRssMb)),
    readInProcessMs: median(read.map((r) => r.ms)),
    readInProcessRssGrowthMb: median(read.map((r) => r.growthMb)),
    ceilings: { ms: CEILING_MS, mb: CEILING_MB },
    ratios: { time: ms / CEILING_MS, memory: growthMb / CEILING_MB },
  };
  const results = path.join(root, "bench/results");
  mkdirSync(results, { recursive: true });
  const out = path.join(results, `debug-extract-${summary.date.slice(0, 10)}.json`);
  writeFileSync(out, `${JSON.stringify(summary, null, 2)}\n`);
  console.log(
    `median of ${runs}: ${ms.toFixed(0)} ms (${(summary.ratios.time * 100).toFixed(0)} % of ${CEILING_MS} ms), ` +
      `RSS +${growthMb.toFixed(0)} MB (${(summary.ratios.memory * 100).toFixed(0)} % of ${CEILING_MB} MB); ${path.relative(root, out)}`,
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
}
