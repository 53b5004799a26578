// Reading a customer's debug file (issue #16) into the texts an extractor reads: a plain text, a
// gzip of one, or a tar / tar.gz / tgz / qkview of many, told apart by their first bytes. Archives
// are streamed: only the members an extractor asks for are kept, the rest flow past unbuffered.
// Every way a hostile file could cost memory or time has a limit below, and hitting one (or a
// file that is damaged) is a reason, never an exception.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import { extract as tarExtract } from "tar-stream";
import type { DebugText } from "./types";

const MiB = 1024 * 1024;

/** Decompressed bytes that may pass through, kept or skipped (a qkview can be hundreds of MB). */
export const MAX_SCANNED_BYTES = 1024 * MiB;
/** One text: a plain file, or one wanted member. CLI outputs are kilobytes; logs a few MB. */
export const MAX_MEMBER_BYTES = 32 * MiB;
/** All the texts kept, added up. */
export const MAX_TEXT_BYTES = 64 * MiB;
/** Archive entries looked at (files, folders, links). */
export const MAX_MEMBERS = 20_000;
/**
 * A zip bomb: more than this many decompressed bytes per compressed byte read so far, once past
 * BOMB_FLOOR_BYTES (small files compress well and are harmless). Text logs gzip 5–20×; zeros 1000×.
 */
export const MAX_RATIO = 100;
export const BOMB_FLOOR_BYTES = 16 * MiB;
/** Wall-clock time for one read, stalled input included. */
export const READ_TIMEOUT_MS = 10_000;

/**
 * Nesting: one gzip layer, then at most one tar. An archive or gzip inside that (a member that
 * is itself a .tgz, a .gz of a .gz) is never opened: it is not text, like any binary member.
 */

export type ReadFailure =
  "unreadable" | "too-large" | "too-many-members" | "bomb" | "timeout" | "not-text";

/** A file on disk (its original name as the customer had it), or pasted CLI output. */
export type DebugSource = { path: string; name: string } | { text: string; name: string };

export type ReadResult = { ok: true; texts: DebugText[] } | { ok: false; reason: ReadFailure };

export type ReadLimits = {
  scannedBytes: number;
  memberBytes: number;
  textBytes: number;
  members: number;
  ratio: number;
  bombFloorBytes: number;
  timeoutMs: number;
};

export const READ_LIMITS: Readonly<ReadLimits> = {
  scannedBytes: MAX_SCANNED_BYTES,
  memberBytes: MAX_MEMBER_BYTES,
  textBytes: MAX_TEXT_BYTES,
  members: MAX_MEMBERS,
  ratio: MAX_RATIO,
  bombFloorBytes: BOMB_FLOOR_BYTES,
  timeoutMs: READ_TIMEOUT_MS,
};

export type ReadOptions = {
  /** The archive members to read (the extractor's `members`); a plain file is always read. */
  members: readonly RegExp[];
  /** Tighter limits (tests); the defaults are READ_LIMITS. */
  limits?: Partial<ReadLimits>;
};

class ReadStop extends Error {
  constructor(readonly reason: ReadFailure) {
    super(reason);
  }
}

const CHUNK_BYTES = 64 * 1024;

/** The texts of a debug file on disk or pasted, or why there are none. */
export async function readDebugFile(
  source: DebugSource,
  options: ReadOptions,
): Promise<ReadResult> {
  if ("text" in source) {
    const limits = { ...READ_LIMITS, ...options.limits };
    if (Buffer.byteLength(source.text) > limits.memberBytes) return failed("too-large");
    const text = asText(Buffer.from(source.text));
    return text === null ? failed("not-text") : { ok: true, texts: [{ name: source.name, text }] };
  }
  try {
    if (!(await stat(source.path)).isFile()) return failed("unreadable");
  } catch {
    return failed("unreadable");
  }
  return readDebugStream(
    createReadStream(source.path, { highWaterMark: CHUNK_BYTES }),
    source.name,
    options,
  );
}

/** The same from a stream of the file's bytes (the stream is consumed and destroyed). */
export async function readDebugStream(
  input: AsyncIterable<Uint8Array>,
  name: string,
  options: ReadOptions,
): Promise<ReadResult> {
  const limits = { ...READ_LIMITS, ...options.limits };
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  // The deadline wins even over a read waiting on input that never comes.
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort(new ReadStop("timeout"));
      reject(new ReadStop("timeout"));
    }, limits.timeoutMs);
  });
  try {
    const texts = read(input, name, options.members, limits, controller.signal);
    texts.catch(() => {}); // once the deadline has answered, a late failure is no one's
    return { ok: true, texts: await Promise.race([texts, deadline]) };
  } catch (error) {
    const stop = controller.signal.aborted ? controller.signal.reason : error;
    return failed(stop instanceof ReadStop ? stop.reason : "unreadable");
  } finally {
    clearTimeout(timer);
    if ("destroy" in input && typeof input.destroy === "function") input.destroy();
  }
}

const failed = (reason: ReadFailure): ReadResult => ({ ok: false, reason });

async function read(
  input: AsyncIterable<Uint8Array>,
  name: string,
  members: readonly RegExp[],
  limits: ReadLimits,
  signal: AbortSignal,
): Promise<DebugText[]> {
  const raw = await peek(input[Symbol.asyncIterator](), 512);
  if (FOREIGN_ARCHIVES.some((magic) => startsWith(raw.head, magic)))
    throw new ReadStop("unreadable");
  const gzip = startsWith(raw.head, GZIP);
  let compressed = 0;
  let scanned = 0;

  async function* counted(chunks: AsyncIterable<Uint8Array>) {
    for await (const chunk of chunks) {
      compressed += chunk.length;
      yield Buffer.isBuffer(chunk)
        ? chunk
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    }
  }

  // Past here every byte is decompressed: its count and its ratio to what was read are checked
  // before anything looks at it.
  async function* guarded(chunks: AsyncIterable<Buffer>) {
    for await (const chunk of chunks) {
      scanned += chunk.length;
      if (scanned > limits.scannedBytes) throw new ReadStop("too-large");
      if (gzip && scanned > limits.bombFloorBytes && scanned > limits.ratio * compressed)
        throw new ReadStop("bomb");
      yield chunk;
    }
  }

  let texts: DebugText[] = [];
  const consume = async (chunks: AsyncIterable<Buffer>) => {
    const content = await peek(chunks[Symbol.asyncIterator](), 512);
    texts = isTar(content.head)
      ? await readTar(content.rest, members, limits)
      : [await readPlain(content.rest, gzip ? name.replace(/\.gz$/i, "") : name, limits)];
  };

  const source = counted(raw.rest);
  await (gzip
    ? pipeline(source, createGunzip({ chunkSize: CHUNK_BYTES * 4 }), guarded, consume, { signal })
    : pipeline(source, guarded, consume, { signal }));
  return texts;
}

async function readPlain(
  chunks: AsyncIterable<Buffer>,
  name: string,
  limits: ReadLimits,
): Promise<DebugText> {
  const parts: Buffer[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    length += chunk.length;
    if (length > limits.memberBytes) throw new ReadStop("too-large");
    parts.push(chunk);
  }
  const text = asText(Buffer.concat(parts, length));
  if (text === null) throw new ReadStop("not-text");
  return { name, text };
}

async function readTar(
  chunks: AsyncIterable<Buffer>,
  members: readonly RegExp[],
  limits: ReadLimits,
): Promise<DebugText[]> {
  const entries = tarExtract();
  const feeding = feed(chunks, entries);
  const texts: DebugText[] = [];
  let looked = 0;
  let kept = 0;
  let notText = 0;
  try {
    for await (const entry of entries) {
      looked += 1;
      if (looked > limits.members) throw new ReadStop("too-many-members");
      const { header } = entry;
      const name = memberPath(header.name);
      const wanted =
        name !== null &&
        (header.type === "file" || header.type === "contiguous-file") &&
        members.some((pattern) => name.search(pattern) !== -1);
      if (!wanted) {
        entry.resume();
        continue;
      }
      // The header says the size before any of it is read: a claimed 10 GB member stops here.
      if (header.size > limits.memberBytes) throw new ReadStop("too-large");
      kept += header.size;
      if (kept > limits.textBytes) throw new ReadStop("too-large");
      const parts: Buffer[] = [];
      for await (const chunk of entry as AsyncIterable<Buffer>) parts.push(chunk);
      const text = asText(Buffer.concat(parts));
      if (text === null) notText += 1;
      else texts.push({ name, text });
    }
  } catch (error) {
    // the feeder sees the parser destroyed and stops; its own error, if any, came here already
    entries.destroy();
    throw error;
  }
  await feeding.then((error) => {
    if (error) throw error;
  });
  if (texts.length === 0 && notText > 0) throw new ReadStop("not-text");
  return texts;
}

/** Writes the chunks into the tar parser as it asks for them; answers the error, if any. */
async function feed(
  chunks: AsyncIterable<Buffer>,
  entries: ReturnType<typeof tarExtract>,
): Promise<unknown> {
  try {
    for await (const chunk of chunks) {
      if (entries.destroyed) return null;
      if (!entries.write(chunk)) await drainedOrClosed(entries);
    }
    if (!entries.destroyed) entries.end(null);
    return null;
  } catch (error) {
    entries.destroy(error instanceof Error ? error : new Error(String(error)));
    return error;
  }
}

type Emitter = {
  on(event: string, listener: () => void): unknown;
  removeListener(event: string, listener: () => void): unknown;
};

export function drainedOrClosed(stream: Emitter): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.removeListener("drain", done);
      stream.removeListener("close", done);
      resolve();
    };
    stream.on("drain", done);
    stream.on("close", done);
  });
}

/** A member's path without "./", or null when it climbs out ("../") or is absolute. */
function memberPath(name: string): string | null {
  const path = name.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
  if (path === "" || path.startsWith("/") || /^[a-z]:/i.test(path)) return null;
  if (path.split("/").includes("..")) return null;
  return path;
}

type Peeked<T> = { head: Buffer; rest: AsyncIterable<T> };

/** The first `bytes` (or fewer, at the end) and the whole stream again, head included. */
async function peek<T extends Uint8Array>(
  chunks: AsyncIterator<T>,
  bytes: number,
): Promise<Peeked<T>> {
  const parts: T[] = [];
  let length = 0;
  while (length < bytes) {
    const next = await chunks.next();
    if (next.done) break;
    parts.push(next.value);
    length += next.value.length;
  }
  async function* rest() {
    yield* parts;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
  }
  return { head: Buffer.concat(parts).subarray(0, bytes), rest: rest() };
}

const GZIP = [0x1f, 0x8b];
// zip, bzip2, xz, 7z, zstd: archives of a kind this reader does not open
const FOREIGN_ARCHIVES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x42, 0x5a, 0x68],
  [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00],
  [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c],
  [0x28, 0xb5, 0x2f, 0xfd],
];

const startsWith = (bytes: Uint8Array | undefined, magic: readonly number[]) =>
  bytes !== undefined &&
  bytes.length >= magic.length &&
  magic.every((byte, i) => bytes[i] === byte);

/** POSIX and GNU tar write "ustar" at offset 257 of each header. */
const isTar = (head: Buffer) =>
  head.length >= 262 && head.subarray(257, 262).toString("latin1") === "ustar";

const isArchive = (head: Buffer) => startsWith(head, GZIP) || isTar(head);

const UTF16LE_BOM = [0xff, 0xfe];
const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * The bytes as text, or null when they are not: an archive (not opened: see nesting above), or
 * binary — more than 1 in 1000 bytes NUL, or more than 1 in 100 other control characters. A
 * text saved by Windows as UTF-16 is read as such.
 */
function asText(bytes: Buffer): string | null {
  if (isArchive(bytes)) return null;
  if (startsWith(bytes, UTF16LE_BOM)) return clean(bytes.subarray(2).toString("utf16le"));
  let nul = 0;
  let control = 0;
  for (const byte of bytes) {
    if (byte === 0) nul += 1;
    else if ((byte < 0x20 && !ALLOWED_CONTROL.has(byte)) || byte === 0x7f) control += 1;
  }
  if (nul * 1000 > bytes.length || control * 100 > bytes.length) return null;
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  return clean(body.toString("utf8"));
}

// tab, line feed, form feed, carriage return, escape (CLI colours), backspace (pagers)
const ALLOWED_CONTROL = new Set([0x08, 0x09, 0x0a, 0x0c, 0x0d, 0x1b]);

// A stray NUL (under the limit above) would break a database text column downstream.
const clean = (text: string) => text.replace(/\0/g, "");
