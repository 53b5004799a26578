import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { DomainError } from "@/lib/errors";
import { formatFileSize } from "@/lib/file-size";
import { msg } from "@/lib/i18n/message";

/**
 * `stream` copied, at most `limitBytes`, into a file of its own in the temp folder for `read`,
 * then removed: the reader reads files. Past the limit (or if the stream breaks) it is the
 * debug file's "too large".
 */
export async function withTempCopy<T>(
  stream: Readable,
  limitBytes: number,
  read: (file: string) => Promise<T>,
): Promise<T> {
  const tooLarge = () =>
    new DomainError("invalid", {
      field: "debugFile",
      message: msg("errors.debugFiles.tooLarge", { limit: formatFileSize(limitBytes) }),
    });
  const file = path.join(tmpdir(), `clico-debug-${randomUUID()}`);
  let bytes = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(bytes > limitBytes ? tooLarge() : null, chunk);
    },
  });
  try {
    try {
      await pipeline(stream, cap, createWriteStream(file, { flags: "wx", mode: 0o600 }));
    } catch (error) {
      throw error instanceof DomainError ? error : tooLarge();
    }
    return await read(file);
  } finally {
    await rm(file, { force: true });
  }
}
