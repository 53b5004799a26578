import { randomBytes } from "node:crypto";
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { afterAll, describe, expect, it } from "vitest";
import { extractorFor } from "@/lib/vendors/extractors";
import { membersOf, sampleArchive } from "@/lib/vendors/extractors/sample-archive";
import { extractDebugFile, MAX_CONCURRENT_WORKERS, MAX_WAITING_FILES } from "./extract-debug-file";
import { gzipStream, repeated } from "./test-archives";

const folder = mkdtempSync(path.join(tmpdir(), "extract-debug-file-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function onDisk(name: string, bytes: Buffer | string) {
  const file = path.join(folder, `${randomBytes(4).toString("hex")}-${name}`);
  writeFileSync(file, bytes);
  return { path: file, name };
}

const SAMPLES = path.join(import.meta.dirname, "../vendors/extractors/samples");
const fortigateStatus = readFileSync(path.join(SAMPLES, "fortinet/fortigate-7.4-ha-vdoms.txt"));

describe("extractDebugFile (in a worker)", () => {
  it("answers what the vendor's extractor tells from a plain status output", async () => {
    const expected = extractorFor("fortinet")!.extract([
      { name: "status.txt", text: fortigateStatus.toString("utf8") },
    ]);
    expect(expected).not.toBeNull();
    expect(await extractDebugFile(onDisk("status.txt", fortigateStatus), "fortinet")).toEqual({
      ok: true,
      extraction: expected,
      fileName: "status.txt",
    });
  });

  it("refuses a file as busy once every turn is taken and the waiting line is full", async () => {
    const file = onDisk("status.txt", fortigateStatus);
    const all = MAX_CONCURRENT_WORKERS + MAX_WAITING_FILES;
    const answers = await Promise.all(
      Array.from({ length: all + 1 }, () => extractDebugFile(file, "fortinet")),
    );
    expect(answers.filter((answer) => answer.ok)).toHaveLength(all);
    expect(answers.at(-1)).toEqual({ ok: false, reason: "busy" });
    // the line empties: the next file gets its turn
    expect(await extractDebugFile(file, "fortinet")).toMatchObject({ ok: true });
  }, 60_000);

  it("reads a qkview (a tar.gz) for its members", async () => {
    const qkview = await sampleArchive("f5/qkview-17.1-i5800-pair");
    const f5 = extractorFor("f5")!;
    const expected = f5.extract(await membersOf(qkview, f5.members));
    expect(expected?.found.serial).toBeTruthy();
    expect(await extractDebugFile(onDisk("bigip1.qkview", qkview), "f5")).toEqual({
      ok: true,
      extraction: expected,
      fileName: "bigip1.qkview",
    });
  });

  it("finds nothing in another vendor's file, nor for a vendor without an extractor", async () => {
    const file = onDisk("status.txt", fortigateStatus);
    expect(await extractDebugFile(file, "paloalto")).toEqual({
      ok: true,
      extraction: null,
      fileName: "status.txt",
    });
    expect(await extractDebugFile(file, "other")).toEqual({
      ok: true,
      extraction: null,
      fileName: "status.txt",
    });
  });

  it("answers the reader's reason for a hostile file: junk, a bomb", async () => {
    expect(await extractDebugFile(onDisk("junk.bin", randomBytes(50_000)), "fortinet")).toEqual({
      ok: false,
      reason: "not-text",
    });
    const bomb = path.join(folder, "bomb.txt.gz");
    await pipeline(gzipStream(Readable.from(repeated(1024 ** 3))), createWriteStream(bomb));
    expect(await extractDebugFile({ path: bomb, name: "bomb.txt.gz" }, "fortinet")).toEqual({
      ok: false,
      reason: "bomb",
    });
  });

  it("terminates a worker past its deadline, and answers timeout", async () => {
    const started = performance.now();
    expect(
      await extractDebugFile(onDisk("status.txt", fortigateStatus), "fortinet", { timeoutMs: 1 }),
    ).toEqual({ ok: false, reason: "timeout" });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("a worker out of heap is a file too large, and the server goes on", async () => {
    const big = onDisk("status.txt", `${fortigateStatus.toString("utf8")}\n`.repeat(8000));
    expect(
      await extractDebugFile(big, "fortinet", {
        resourceLimits: { maxOldGenerationSizeMb: 8, maxYoungGenerationSizeMb: 2 },
      }),
    ).toEqual({ ok: false, reason: "too-large" });
    expect(await extractDebugFile(onDisk("status.txt", fortigateStatus), "fortinet")).toMatchObject(
      { ok: true },
    );
  });

  it("keeps the server's event loop free while a worker reads, and answers files read at once", async () => {
    const bomb = path.join(folder, "bomb2.txt.gz");
    await pipeline(gzipStream(Readable.from(repeated(1024 ** 3))), createWriteStream(bomb));
    let longestGap = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 5);
    const plain = onDisk("status.txt", fortigateStatus);
    const results = await Promise.all([
      extractDebugFile({ path: bomb, name: "bomb.gz" }, "fortinet"),
      ...Array.from({ length: 4 }, () => extractDebugFile(plain, "fortinet")),
    ]);
    clearInterval(ticker);
    expect(results[0]).toEqual({ ok: false, reason: "bomb" });
    for (const result of results.slice(1)) expect(result).toMatchObject({ ok: true });
    expect(longestGap).toBeLessThan(200);
  });
});
