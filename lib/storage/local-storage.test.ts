import { createHash } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getStorage } from "./index";
import { createLocalStorage } from "./local-storage";
import {
  isValidStorageKey,
  newStorageKey,
  StorageLimitError,
  StorageNotFoundError,
  type Storage,
} from "./storage";

let root: string;
let storage: Storage;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "clico-storage-"));
  storage = createLocalStorage(root);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Every file under a folder, relative paths. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)));
}

/** A stream of `count` chunks of 64 KiB each. */
function chunks(count: number, fill = 0x61): Readable {
  let sent = 0;
  return new Readable({
    read() {
      this.push(sent++ < count ? Buffer.alloc(65_536, fill) : null);
    },
  });
}

describe("local storage", () => {
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
    expect(await filesUnder(root)).toContain(path.join(...key.split("/")));
  });

  it("aborts past the size cap and leaves no file behind", async () => {
    const key = newStorageKey();
    const folder = path.join(root, ...key.split("/").slice(0, -1));
    const before = await filesUnder(folder);
    await expect(storage.put(key, chunks(20), { maxBytes: 65_536 * 3 })).rejects.toBeInstanceOf(
      StorageLimitError,
    );
    expect(await filesUnder(folder)).toEqual(before);
    await expect(storage.get(key)).rejects.toBeInstanceOf(StorageNotFoundError);
  });

  it("accepts exactly the cap", async () => {
    const key = newStorageKey();
    const result = await storage.put(key, chunks(3), { maxBytes: 65_536 * 3 });
    expect(result.sizeBytes).toBe(65_536 * 3);
  });

  it("removes the partial file when the source fails mid-way", async () => {
    const key = newStorageKey();
    const folder = path.join(root, ...key.split("/").slice(0, -1));
    const before = await filesUnder(folder);
    let sent = 0;
    const broken = new Readable({
      read() {
        if (sent++ < 3) this.push(Buffer.alloc(65_536));
        else this.destroy(new Error("connection reset"));
      },
    });
    await expect(storage.put(key, broken, { maxBytes: 10_000_000 })).rejects.toThrow(
      "connection reset",
    );
    expect(await filesUnder(folder)).toEqual(before);
  });

  it("deletes objects, and deleting a missing one is fine", async () => {
    const key = newStorageKey();
    await storage.put(key, Readable.from(["x"]), { maxBytes: 10 });
    await storage.delete(key);
    await expect(storage.get(key)).rejects.toBeInstanceOf(StorageNotFoundError);
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it("refuses keys that could leave its folder", async () => {
    for (const key of ["../etc/passwd", "/etc/passwd", "a/../../b", "a//b", "A.txt", ""]) {
      expect(isValidStorageKey(key)).toBe(false);
      await expect(storage.get(key)).rejects.toThrow("Invalid storage key.");
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
    expect(await text((await storage.get(key)).stream)).toBe("hello");
    expect(() => getStorage({ STORAGE_DRIVER: "ftp" })).toThrow("STORAGE_DRIVER=ftp");
  });
});
