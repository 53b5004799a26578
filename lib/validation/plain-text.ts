import { z } from "zod";
import { msg } from "@/lib/i18n/message";

// C0 and C1 control characters. PostgreSQL refuses NUL in text ("invalid byte sequence"), and
// the rest are invisible in a page, an email or a spreadsheet, so no typed text keeps them.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;

// `msg` keys (lib/i18n/message.ts): the page writes them in the reader's language.
export const CONTROL_CHARACTER_MESSAGE = msg("validation.controlCharacters");
export const MALFORMED_TEXT_MESSAGE = msg("validation.malformedText");
export const ONE_LINE_MESSAGE = msg("validation.oneLine");

/**
 * The start of every schema for text a person types: trimmed, without control characters, and
 * on one line unless `multiLine` (descriptions, messages), where line breaks and tabs stay.
 * Chain `.min()`, `.max()`, `.regex()` on it as on `z.string()`.
 */
export function plainText({
  multiLine = false,
  params,
}: {
  multiLine?: boolean;
  /** `z.string()`'s own, e.g. the message for a value that is not text at all. */
  params?: Parameters<typeof z.string>[0];
} = {}) {
  const text = z
    .string(params)
    .trim()
    .refine((value) => !CONTROL.test(value), CONTROL_CHARACTER_MESSAGE)
    // a lone surrogate is no character at all: PostgreSQL's jsonb (the audit log) refuses it
    .refine((value) => value.isWellFormed(), MALFORMED_TEXT_MESSAGE);
  return multiLine
    ? text
    : text.refine((value) => !LINE_BREAK_OR_TAB.test(value), ONE_LINE_MESSAGE);
}
