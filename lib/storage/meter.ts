import { createHash } from "node:crypto";
import { Transform } from "node:stream";
import { StorageLimitError, type PutResult } from "./storage";

/**
 * A pass-through that counts and hashes the bytes of an upload as they stream by and fails
 * with `StorageLimitError` on the first byte past `maxBytes`, before passing it on.
 * `result()` is the size and SHA-256 of everything that went through.
 */
export function meter(maxBytes: number): { stream: Transform; result: () => PutResult } {
  const hash = createHash("sha256");
  let sizeBytes = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      sizeBytes += chunk.length;
      if (sizeBytes > maxBytes) {
        callback(new StorageLimitError(maxBytes));
        return;
      }
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  return { stream, result: () => ({ sizeBytes, sha256: hash.digest("hex") }) };
}
