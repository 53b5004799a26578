import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, open, rename, rm } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { meter } from "./meter";
import { assertValidStorageKey, StorageNotFoundError, type Storage } from "./storage";

const isMissing = (error: unknown) =>
  error instanceof Error && (error as NodeJS.ErrnoException).code === "ENOENT";

/**
 * Objects as files under `root`, one per key (`a/b/c` → `root/a/b/c`). A write goes to a
 * `.part` file beside its target and is renamed into place only when complete, so a reader
 * never sees half an upload and a failed one leaves nothing under its key.
 */
export function createLocalStorage(root: string): Storage {
  const base = path.resolve(root);
  const pathOf = (key: string) => {
    assertValidStorageKey(key);
    return path.join(base, ...key.split("/"));
  };

  return {
    async put(key, stream, { maxBytes }) {
      const target = pathOf(key);
      await mkdir(path.dirname(target), { recursive: true });
      // The dot makes the name impossible as a key, so a partial file never shadows an object.
      const partial = `${target}.${randomBytes(6).toString("hex")}.part`;
      const metered = meter(maxBytes);
      try {
        await pipeline(
          stream,
          metered.stream,
          createWriteStream(partial, { flags: "wx", mode: 0o600 }),
        );
        await rename(partial, target);
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      }
      return metered.result();
    },

    async get(key, range) {
      // Open before answering, so a missing file is an error here rather than mid-download.
      const handle = await open(pathOf(key), "r").catch((error: unknown) => {
        throw isMissing(error) ? new StorageNotFoundError(key) : error;
      });
      try {
        const { size } = await handle.stat();
        return { stream: handle.createReadStream(range ?? {}), sizeBytes: size };
      } catch (error) {
        await handle.close();
        throw error;
      }
    },

    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
