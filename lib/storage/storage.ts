import { randomBytes } from "node:crypto";
import type { Readable } from "node:stream";

export type PutOptions = {
  /** The most bytes the object may have; one byte more aborts the write and removes what was written. */
  maxBytes: number;
};

export type PutResult = { sizeBytes: number; sha256: string };

/** Bytes `start` to `end` of an object, both included (as in HTTP's `Range: bytes=start-end`). */
export type ByteRange = { start: number; end: number };

/** `stream` has the requested bytes (all, or the range); `sizeBytes` is the whole object's size. */
export type StoredObject = { stream: Readable; sizeBytes: number };

/**
 * Where uploaded files live. The app keeps no state of its own, so a fleet needs a shared
 * implementation (S3-compatible); a single instance uses a local folder. Keys come from
 * `newStorageKey()`: never a user's file name.
 */
export type Storage = {
  /**
   * Streams `stream` into the object `key`. An object appears under its key only once it is
   * complete: when the stream fails or passes `maxBytes`, nothing is left behind and the
   * promise rejects (with `StorageLimitError` for the size cap).
   */
  put(key: string, stream: Readable, options: PutOptions): Promise<PutResult>;
  /**
   * The object's bytes, or only those of `range` (which the caller keeps inside the object,
   * e.g. from the size it recorded at upload); rejects with `StorageNotFoundError` when there
   * is no such object. The caller must consume or destroy the stream.
   */
  get(key: string, range?: ByteRange): Promise<StoredObject>;
  /** Removes the object; a missing object is not an error. */
  delete(key: string): Promise<void>;
};

export class StorageLimitError extends Error {
  readonly maxBytes: number;
  constructor(maxBytes: number) {
    super(`The object is larger than ${maxBytes} bytes.`);
    this.name = "StorageLimitError";
    this.maxBytes = maxBytes;
  }
}

export class StorageNotFoundError extends Error {
  constructor(key: string) {
    super(`No stored object under ${key}.`);
    this.name = "StorageNotFoundError";
  }
}

const KEY_PATTERN = /^[a-z0-9]+(?:\/[a-z0-9]+)*$/;

/** Keys are lowercase letters and digits in `/`-separated segments: no dots, so no `..`. */
export const isValidStorageKey = (key: string) => key.length <= 200 && KEY_PATTERN.test(key);

/** Every driver refuses other keys, so none can reach outside its folder or bucket prefix. */
export function assertValidStorageKey(key: string): void {
  if (!isValidStorageKey(key)) throw new Error("Invalid storage key.");
}

/**
 * A fresh random key (128 bits), under a year/month prefix so no folder grows without bound
 * and old uploads are easy to find for retention jobs.
 */
export function newStorageKey(now = new Date()): string {
  const month = String(now.getUTCMonth() + 1).padStart(2, "0");
  return `attachments/${now.getUTCFullYear()}/${month}/${randomBytes(16).toString("hex")}`;
}
