import { z } from "zod";

// C0 and C1 control characters. PostgreSQL refuses NUL in text ("invalid byte sequence"), and
// the rest are invisible in a page, an email or a spreadsheet, so no typed text keeps them.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;

export const CONTROL_CHARACTER_MESSAGE =
  "Remove the invisible control characters (such as NUL) from this text.";
export const MALFORMED_TEXT_MESSAGE =
  "Remove the broken characters (half of an emoji or symbol) from this text.";
export const ONE_LINE_MESSAGE = "Use one line, without line breaks or tabs.";

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
