import rangeParser from "range-parser";
import type { ByteRange } from "@/lib/storage";

/**
 * The byte range a GET asks for (RFC 9110 §14), parsed by range-parser: `undefined` to send
 * the whole representation (no `Range`; one that is malformed, not in bytes or of several
 * ranges, which a server may ignore; or an `If-Range` that is not `etag`, i.e. the copy the
 * client resumes is not this one), or `"unsatisfiable"` when no byte asked for exists (416).
 */
export function requestedRange(
  headers: Headers,
  sizeBytes: number,
  etag: string,
): ByteRange | "unsatisfiable" | undefined {
  const header = headers.get("range");
  if (header === null) return undefined;
  // If-Range compares strongly; a date never matches, as no Last-Modified is sent.
  const ifRange = headers.get("if-range");
  if (ifRange !== null && ifRange.trim() !== etag) return undefined;
  const ranges = rangeParser(sizeBytes, header, { combine: true });
  if (ranges === -1) return "unsatisfiable";
  if (ranges === -2 || ranges.type !== "bytes" || ranges.length !== 1) return undefined;
  return { start: ranges[0]!.start, end: ranges[0]!.end };
}
