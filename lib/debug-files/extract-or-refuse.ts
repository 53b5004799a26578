import { DomainError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import { extractDebugFile, type DebugSource } from "./extract-debug-file";
import type { ReadFailure } from "./read-debug-file";
import type { Extraction } from "./types";

/** Why `name` could not be read, as the reader is told it ("too-many-members" → its message). */
const failureMessage = (reason: ReadFailure | "busy" | "nothing-found", name: string) =>
  msg(
    `errors.debugFiles.${reason.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())}`,
    { name },
  );

/**
 * What the debug file tells for `vendor`, or a DomainError on `debugFile` saying why it tells
 * nothing: it could not be read, or it holds nothing of the vendor's.
 */
export async function extractOrRefuse(source: DebugSource, vendor: string): Promise<Extraction> {
  const result = await extractDebugFile(source, vendor);
  const refuse = (reason: Parameters<typeof failureMessage>[0]) =>
    new DomainError("invalid", {
      field: "debugFile",
      message: failureMessage(reason, source.name),
    });
  if (!result.ok) throw refuse(result.reason);
  if (!result.extraction || !Object.keys(result.extraction.values).length)
    throw refuse("nothing-found");
  return result.extraction;
}
