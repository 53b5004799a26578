import { msg } from "@/lib/i18n/message";
import type { ReadFailure } from "./read-debug-file";

/** Why `name` could not be read, as the reader is told it ("too-many-members" → its message). */
export const failureMessage = (reason: ReadFailure | "busy" | "nothing-found", name: string) =>
  msg(
    `errors.debugFiles.${reason.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())}`,
    { name },
  );
