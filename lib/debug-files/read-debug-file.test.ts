import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import {
  BOMB_FLOOR_BYTES,
  MAX_MEMBER_BYTES,
  MAX_MEMBERS,
  MAX_SCANNED_BYTES,
  MAX_TEXT_BYTES,
  READ_TIMEOUT_MS,
  readDebugFile,
  readDebugStream,
  type ReadResult,
} from "./read-debug-file";
import { gzipStream, repeated, stalled, tarOf, tarStream, tgzOf } from "./test-archives";

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;
const members = [/(^|\/)show_system_info\.txt$/, /^config\/bigip\.license$/];
const STATUS = "hostname: fw01\nmodel: PA-3220\nserial: 013201001234\nsw-version: 11.1.2\n";

const folder = mkdtempSync(path.join(tmpdir(), "read-debug-file-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function onDisk(name: string, bytes: Buffer | string) {
  const file = path.join(folder, `${randomBytes(4).toString("hex")}-${name}`);
  writeFileSync(file, bytes);
  return { path: file, name };
}

const read = (name: string, bytes: Buffer | string) =>
  readDebugFile(onDisk(name, bytes), { members });
const readStream = (stream: Readable, limits = {}) =>
  readDebugStream(stream, "techsupport.tgz", { members, limits });

/** The result, and how long it took and how much the heap and buffers grew at most meanwhile. */
async function measured(run: () => Promise<ReadResult>) {
  const base = process.memoryUsage();
  let peak = 0;
  const sample = () => {
    const now = process.memoryUsage();
    peak = Math.max(peak, now.heapUsed - base.heapUsed + now.arrayBuffers - base.arrayBuffers);
  };
  const sampler = setInterval(sample, 5);
  const started = performance.now();
  try {
    const result = await run();
    sample();
    return { result, ms: performance.now() - started, grewMiB: peak / MiB };
  } finally {
    clearInterval(sampler);
  }
}

describe("readDebugFile: what it reads", () => {
  it("gives a plain text file as it is, under its own name", async () => {
    expect(await read("status.txt", STATUS)).toEqual({
      ok: true,
      texts: [{ name: "status.txt", text: STATUS }],
    });
  });

  it("gives pasted text as it is", async () => {
    expect(await readDebugFile({ text: STATUS, name: "pasted" }, { members })).toEqual({
      ok: true,
      texts: [{ name: "pasted", text: STATUS }],
    });
  });

  it("tells gzip by its bytes, not its name", async () => {
    expect(await read("status.txt", gzipSync(STATUS))).toEqual({
      ok: true,
      texts: [{ name: "status.txt", text: STATUS }],
    });
    expect(await read("cpinfo.txt.gz", gzipSync(STATUS))).toEqual({
      ok: true,
      texts: [{ name: "cpinfo.txt", text: STATUS }],
    });
    // named .gz but plain: read as the text it is
    expect(await read("status.gz", STATUS)).toMatchObject({ ok: true, texts: [{ text: STATUS }] });
  });

  it("reads only the wanted members of a tar.gz, tgz or qkview, whatever its name", async () => {
    const archive = await tgzOf([
      { name: "tmp/cli/", content: "", type: "directory" },
      { name: "tmp/cli/show_system_info.txt", content: STATUS },
      { name: "var/log/core.dump", content: randomBytes(200_000) },
      { name: "var/log/messages", content: "not wanted\n".repeat(1000) },
      { name: "config/bigip.license", content: "Registration Key : ABCDE-FGHIJ\n" },
    ]);
    const expected = {
      ok: true,
      texts: [
        { name: "tmp/cli/show_system_info.txt", text: STATUS },
        { name: "config/bigip.license", text: "Registration Key : ABCDE-FGHIJ\n" },
      ],
    };
    for (const name of ["techsupport.tgz", "case.tar.gz", "bigip1.qkview", "upload.bin"])
      expect(await read(name, archive)).toEqual(expected);
  });

  it("reads a plain tar", async () => {
    const archive = await tarOf([{ name: "./tmp/cli/show_system_info.txt", content: STATUS }]);
    expect(await read("ts.tar", archive)).toEqual({
      ok: true,
      texts: [{ name: "tmp/cli/show_system_info.txt", text: STATUS }],
    });
  });

  it("answers no texts for an archive with none of the wanted members", async () => {
    expect(await read("other.tgz", await tgzOf([{ name: "readme.txt", content: "hi" }]))).toEqual({
      ok: true,
      texts: [],
    });
  });

  it("never offers a member whose path climbs out of the archive, nor a link", async () => {
    const archive = await tgzOf([
      { name: "../tmp/cli/show_system_info.txt", content: "climbed\n" },
      { name: "a/../../show_system_info.txt", content: "climbed\n" },
      { name: "/etc/show_system_info.txt", content: "absolute\n" },
      {
        name: "link/show_system_info.txt",
        content: "",
        type: "symlink",
        linkname: "/etc/passwd",
      },
      { name: "ok/show_system_info.txt", content: STATUS },
    ]);
    expect(await read("ts.tgz", archive)).toEqual({
      ok: true,
      texts: [{ name: "ok/show_system_info.txt", text: STATUS }],
    });
  });

  it("reads a text Windows saved as UTF-16, and drops a UTF-8 byte-order mark", async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(STATUS, "utf16le")]);
    expect(await read("status.txt", utf16)).toMatchObject({ ok: true, texts: [{ text: STATUS }] });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(STATUS)]);
    expect(await read("status.txt", bom)).toMatchObject({ ok: true, texts: [{ text: STATUS }] });
  });

  it("drops a stray NUL from a text, but a NUL-heavy file is not text", async () => {
    const stray = `${STATUS}\0${"x".repeat(5000)}`;
    expect(await read("status.txt", stray)).toMatchObject({
      ok: true,
      texts: [{ text: `${STATUS}${"x".repeat(5000)}` }],
    });
    const heavy = `${STATUS.repeat(10)}`.replace(/\n/g, "\0\n");
    expect(await read("status.txt", heavy)).toEqual({ ok: false, reason: "not-text" });
  });
});

describe("readDebugFile: hostile files", () => {
  it("binary junk is not text, plain or as a wanted member", async () => {
    expect(await read("junk.txt", randomBytes(100_000))).toEqual({ ok: false, reason: "not-text" });
    const archive = await tgzOf([{ name: "show_system_info.txt", content: randomBytes(10_000) }]);
    expect(await read("ts.tgz", archive)).toEqual({ ok: false, reason: "not-text" });
  });

  it("a truncated gzip, a truncated tar and a broken gzip are unreadable", async () => {
    const tgz = await tgzOf([
      { name: "show_system_info.txt", content: STATUS },
      { name: "var/log/big", content: randomBytes(100_000) },
    ]);
    expect(await read("ts.tgz", tgz.subarray(0, tgz.length / 2))).toEqual({
      ok: false,
      reason: "unreadable",
    });
    const tar = await tarOf([{ name: "var/log/big", content: randomBytes(100_000) }]);
    expect(await read("ts.tar", tar.subarray(0, 50_000))).toEqual({
      ok: false,
      reason: "unreadable",
    });
    const broken = Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0]), randomBytes(10_000)]);
    expect(await read("status.gz", broken)).toEqual({ ok: false, reason: "unreadable" });
  });

  it("zip, bzip2, xz, 7z and zstd files are not opened", async () => {
    for (const magic of [
      [0x50, 0x4b, 0x03, 0x04],
      [0x42, 0x5a, 0x68, 0x39],
      [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00],
      [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c],
      [0x28, 0xb5, 0x2f, 0xfd],
    ])
      expect(await read("ts.zip", Buffer.concat([Buffer.from(magic), randomBytes(1000)]))).toEqual({
        ok: false,
        reason: "unreadable",
      });
  });

  it("a file that is not a regular file is unreadable", async () => {
    expect(await readDebugFile({ path: folder, name: "x" }, { members })).toEqual({
      ok: false,
      reason: "unreadable",
    });
    expect(
      await readDebugFile({ path: path.join(folder, "none"), name: "x" }, { members }),
    ).toEqual({ ok: false, reason: "unreadable" });
  });

  it("nesting: an archive inside the archive is not opened, nor a gzip inside a gzip", async () => {
    const inner = await tgzOf([{ name: "show_system_info.txt", content: STATUS }]);
    const outer = await tgzOf([{ name: "nested/show_system_info.txt", content: inner }]);
    expect(await read("ts.tgz", outer)).toEqual({ ok: false, reason: "not-text" });
    const tarInTar = await tgzOf([
      { name: "show_system_info.txt", content: await tarOf([{ name: "a", content: STATUS }]) },
    ]);
    expect(await read("ts.tgz", tarInTar)).toEqual({ ok: false, reason: "not-text" });

    let deep = Buffer.from(STATUS);
    for (let level = 0; level < 50; level += 1) deep = gzipSync(deep);
    const { result, ms } = await measured(() => read("status.txt.gz", deep));
    expect(result).toEqual({ ok: false, reason: "not-text" });
    expect(ms).toBeLessThan(1000);
  });

  it(`a wanted member over ${MAX_MEMBER_BYTES / MiB} MiB is too large: a header claiming 10 GB stops at the header`, async () => {
    const claimed = tarStream([
      {
        name: "show_system_info.txt",
        content: { size: 10 * 1000 ** 3, chunks: () => repeated(10 * 1000 ** 3, 0x41) },
      },
    ]);
    const { result, ms, grewMiB } = await measured(() => readStream(gzipStream(claimed)));
    expect(result).toEqual({ ok: false, reason: "too-large" });
    expect(ms).toBeLessThan(1000);
    expect(grewMiB).toBeLessThan(50);

    // text that gzips about as well as a log does: far from a bomb's ratio
    const log = randomBytes((MAX_MEMBER_BYTES * 3) / 4 + 3).toString("base64");
    const justOver = gzipSync(log, { level: 1 });
    expect(await read("status.txt.gz", justOver)).toEqual({ ok: false, reason: "too-large" });
    expect(
      await readDebugFile({ text: "a".repeat(MAX_MEMBER_BYTES + 1), name: "pasted" }, { members }),
    ).toEqual({ ok: false, reason: "too-large" });
  });

  it(`the wanted members together over ${MAX_TEXT_BYTES / MiB} MiB are too large`, async () => {
    const size = 30 * MiB;
    const archive = tarStream(
      ["a", "b", "c"].map((folder) => ({
        name: `${folder}/show_system_info.txt`,
        content: { size, chunks: () => repeated(size, 0x41) },
      })),
    );
    const { result, grewMiB } = await measured(() => readStream(archive));
    expect(result).toEqual({ ok: false, reason: "too-large" });
    // two members kept (60 MiB, as bytes then text) before the third is refused on its header
    expect(grewMiB).toBeLessThan((4 * size) / MiB);
  });

  it(`more than ${MAX_MEMBERS} entries is too many members`, async () => {
    const entries = Array.from({ length: MAX_MEMBERS + 1 }, (_, index) => ({
      name: `var/empty/${index}`,
      content: "",
    }));
    const { result, ms } = await measured(async () => readStream(gzipStream(tarStream(entries))));
    expect(result).toEqual({ ok: false, reason: "too-many-members" });
    expect(ms).toBeLessThan(10_000);
    const fewer = await readStream(gzipStream(tarStream(entries.slice(1))));
    expect(fewer).toEqual({ ok: true, texts: [] });
  });

  it(`a gzip bomb (1 GB of zeros) stops past ${BOMB_FLOOR_BYTES / MiB} MiB, quickly and in bounded memory`, async () => {
    const bomb = gzipStream(Readable.from(repeated(GiB)));
    const { result, ms, grewMiB } = await measured(() => readStream(bomb));
    expect(result).toEqual({ ok: false, reason: "bomb" });
    expect(ms).toBeLessThan(3000);
    expect(grewMiB).toBeLessThan(50);
  });

  it("a 10 GB sparse-looking member inside a tgz, not even wanted, is a bomb", async () => {
    const sparse = tarStream([
      { name: "tmp/cli/show_system_info.txt", content: STATUS },
      { name: "var/core/huge.core", content: { size: 10 * GiB, chunks: () => repeated(10 * GiB) } },
    ]);
    const { result, ms, grewMiB } = await measured(() => readStream(gzipStream(sparse)));
    expect(result).toEqual({ ok: false, reason: "bomb" });
    expect(ms).toBeLessThan(3000);
    expect(grewMiB).toBeLessThan(50);
  });

  it(`more than ${MAX_SCANNED_BYTES / GiB} GiB passing through, even skipped, is too large`, async () => {
    // a plain tar has no ratio to check: the bytes themselves are counted
    const huge = tarStream([
      {
        name: "var/log/huge.log",
        content: { size: 2 * GiB, chunks: () => repeated(2 * GiB, 0x41) },
      },
    ]);
    const { result, grewMiB } = await measured(() => readStream(huge));
    expect(result).toEqual({ ok: false, reason: "too-large" });
    expect(grewMiB).toBeLessThan(50);
  }, 60_000);

  it(`a read that takes over its time (${READ_TIMEOUT_MS / 1000} s; 200 ms here) times out, stalled input too`, async () => {
    const started = performance.now();
    const head = (await tgzOf([{ name: "show_system_info.txt", content: STATUS }])).subarray(0, 20);
    expect(await readStream(stalled(head), { timeoutMs: 200 })).toEqual({
      ok: false,
      reason: "timeout",
    });
    expect(
      await readStream(stalled(Buffer.from("plain text, then nothing")), { timeoutMs: 200 }),
    ).toEqual({
      ok: false,
      reason: "timeout",
    });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
