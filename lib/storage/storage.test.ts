import { createHash } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { buffer, text } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startS3, type TestS3 } from "@/test/s3";
import { getStorage } from "./index";
import { createLocalStorage } from "./local-storage";
import { createS3Storage } from "./s3-storage";
import {
  isValidStorageKey,
  newStorageKey,
  StorageLimitError,
  StorageNotFoundError,
  type Storage,
} from "./storage";

const MiB = 1024 * 1024;

let root: string;
let s3: TestS3;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "clico-storage-"));
  s3 = await startS3();
});
afterAll(async () => {
  await s3?.stop();
  await rm(root, { recursive: true, force: true });
});

/** Every file under the local root (partial ones included), relative paths. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)));
}

/** A stream of `count` chunks of `size` bytes, each filled with the next letter. */
function chunks(count: number, size = 65_536): Readable {
  let sent = 0;
  return new Readable({
    read() {
      this.push(sent < count ? Buffer.alloc(size, 0x61 + (sent++ % 26)) : null);
    },
  });
}

/** What `chunks` sends, as one buffer. */
const chunksBytes = (count: number, size = 65_536) =>
  Buffer.concat(Array.from({ length: count }, (_, i) => Buffer.alloc(size, 0x61 + (i % 26))));

/** A source that sends `count` chunks of 1 MiB, then ends the way `fail` does. */
function failingAfter(count: number, fail: (stream: Readable) => void): Readable {
  let sent = 0;
  return new Readable({
    read() {
      if (sent++ < count) this.push(Buffer.alloc(MiB, 0x62));
      else fail(this);
    },
  });
}

type Driver = {
  name: string;
  storage: () => Storage;
  /** Whatever the driver holds: every object, and anything half-written. */
  contents: () => Promise<string[]>;
};

const drivers: Driver[] = [
  { name: "local", storage: () => createLocalStorage(root), contents: () => filesUnder(root) },
  { name: "s3", storage: () => createS3Storage(s3.settings), contents: () => s3.keys() },
];

describe.each(drivers)("$name storage", ({ name, storage: make, contents }) => {
  let storage: Storage;
  beforeAll(() => {
    storage = make();
  });

  it("streams an object in and out with its size and SHA-256", async () => {
    const key = newStorageKey();
    const body = "show system status\n".repeat(1000);
    const result = await storage.put(key, Readable.from([body]), { maxBytes: 1_000_000 });
    expect(result).toEqual({
      sizeBytes: Buffer.byteLength(body),
      sha256: createHash("sha256").update(body).digest("hex"),
    });
    const stored = await storage.get(key);
    expect(stored.sizeBytes).toBe(Buffer.byteLength(body));
    expect(await text(stored.stream)).toBe(body);
  });

  it("keeps a file of several multipart parts whole", async () => {
    const key = newStorageKey();
    const result = await storage.put(key, chunks(13, MiB), { maxBytes: 20 * MiB });
    const expected = chunksBytes(13, MiB);
    expect(result).toEqual({
      sizeBytes: 13 * MiB,
      sha256: createHash("sha256").update(expected).digest("hex"),
    });
    const stored = await storage.get(key);
    expect((await buffer(stored.stream)).equals(expected)).toBe(true);
  });

  it("reads a byte range, with the whole object's size", async () => {
    const key = newStorageKey();
    const body = Buffer.from("0123456789abcdefghij");
    await storage.put(key, Readable.from([body]), { maxBytes: 100 });
    const ranges: Array<[number, number]> = [
      [3, 9],
      [15, 19],
      [0, 19],
      [19, 19],
    ];
    // s3rver reads `bytes=0-0` as the whole object (`end || Infinity`); S3 itself does not.
    if (name === "local") ranges.push([0, 0]);
    for (const [start, end] of ranges) {
      const part = await storage.get(key, { start, end });
      expect(part.sizeBytes).toBe(20);
      expect(await text(part.stream)).toBe(body.subarray(start, end + 1).toString());
    }
  });

  it("reads a range across part boundaries of a large object", async () => {
    const key = newStorageKey();
    await storage.put(key, chunks(7, MiB), { maxBytes: 7 * MiB });
    const start = 5 * MiB - 10;
    const part = await storage.get(key, { start, end: start + 19 });
    expect(part.sizeBytes).toBe(7 * MiB);
    expect(await text(part.stream)).toBe("e".repeat(10) + "f".repeat(10));
  });

  it("aborts past the size cap and leaves nothing behind", async () => {
    const before = await contents();
    for (const [count, size, maxBytes] of [
      [20, 65_536, 65_536 * 3], // stopped before any part went up
      [12, MiB, 7 * MiB], // stopped after a multipart upload began
    ] as const) {
      const key = newStorageKey();
      await expect(storage.put(key, chunks(count, size), { maxBytes })).rejects.toBeInstanceOf(
        StorageLimitError,
      );
      await expect(storage.get(key)).rejects.toBeInstanceOf(StorageNotFoundError);
    }
    expect(await contents()).toEqual(before);
  });

  it("accepts exactly the cap", async () => {
    const key = newStorageKey();
    const result = await storage.put(key, chunks(3), { maxBytes: 65_536 * 3 });
    expect(result.sizeBytes).toBe(65_536 * 3);
  });

  it("leaves nothing when the source fails or is killed mid-upload", async () => {
    const before = await contents();
    const error = new Error("connection reset");
    const cases: Array<[Readable, unknown]> = [
      [failingAfter(2, (stream) => stream.destroy(error)), "connection reset"],
      [failingAfter(8, (stream) => stream.destroy(error)), "connection reset"],
      // The request dropped with no error, as when a client goes away mid-upload.
      [failingAfter(8, (stream) => stream.destroy()), /premature close/i],
    ];
    for (const [source, message] of cases) {
      const key = newStorageKey();
      await expect(storage.put(key, source, { maxBytes: 100 * MiB })).rejects.toThrow(
        message as string | RegExp,
      );
      expect(source.destroyed).toBe(true);
      await expect(storage.get(key)).rejects.toBeInstanceOf(StorageNotFoundError);
    }
    expect(await contents()).toEqual(before);
  });

  it("deletes objects, and deleting a missing one is fine", async () => {
    const key = newStorageKey();
    await storage.put(key, Readable.from(["x"]), { maxBytes: 10 });
    await storage.delete(key);
    await expect(storage.get(key)).rejects.toBeInstanceOf(StorageNotFoundError);
    await expect(storage.get(key, { start: 0, end: 0 })).rejects.toBeInstanceOf(
      StorageNotFoundError,
    );
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it("refuses keys that could leave its folder or prefix", async () => {
    for (const key of ["../etc/passwd", "/etc/passwd", "a/../../b", "a//b", "A.txt", ""]) {
      await expect(storage.get(key)).rejects.toThrow("Invalid storage key.");
      await expect(storage.put(key, Readable.from(["x"]), { maxBytes: 10 })).rejects.toThrow(
        "Invalid storage key.",
      );
    }
  });
});

describe("storage keys and drivers", () => {
  it("accepts only lowercase letters and digits in segments", () => {
    for (const key of ["../etc/passwd", "/etc/passwd", "a/../../b", "a//b", "A.txt", ""]) {
      expect(isValidStorageKey(key)).toBe(false);
    }
  });

  it("makes random keys that are valid", () => {
    const keys = new Set(Array.from({ length: 100 }, () => newStorageKey()));
    expect(keys.size).toBe(100);
    for (const key of keys) expect(isValidStorageKey(key)).toBe(true);
  });

  it("is chosen by STORAGE_DRIVER", async () => {
    const local = getStorage({ STORAGE_DRIVER: "local", UPLOADS_DIR: root });
    const key = newStorageKey();
    await local.put(key, Readable.from(["hello"]), { maxBytes: 10 });
    expect(await filesUnder(root)).toContain(path.join(...key.split("/")));

    const bucket = getStorage(s3.env);
    expect(getStorage({ ...s3.env })).toBe(bucket);
    await bucket.put(key, Readable.from(["in the bucket"]), { maxBytes: 20 });
    expect(await s3.keys()).toContain(key);
    expect(await text((await bucket.get(key)).stream)).toBe("in the bucket");

    expect(() => getStorage({ STORAGE_DRIVER: "ftp" })).toThrow("STORAGE_DRIVER=ftp");
    expect(() => getStorage({ STORAGE_DRIVER: "s3" })).toThrow("S3_BUCKET is missing");
  });
});
