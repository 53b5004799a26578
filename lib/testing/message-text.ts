import { expect } from "vitest";
import { writeMessage } from "@/lib/i18n/message";
import { catalogTranslator } from "@/lib/i18n/translator";
import type { Locale } from "@/lib/i18n/locales";

// For tests of lib code whose messages are `msg` keys (lib/i18n/message.ts): the text a page
// writes out for the reader, so a test can still assert the English a user reads.

/** `text` as a page writes it in `locale` (any text that is not a `msg` stays as it is). */
export const messageText = (text: string, locale: Locale = "en") =>
  writeMessage(catalogTranslator(locale), text, locale);

/** `text` in English, as the English page shows it. */
export const inEnglish = (text: string) => messageText(text, "en");

/**
 * A matcher for a message that reads `expected` in English (the exact text, or a pattern):
 * `expect(error).toMatchObject({ message: readsInEnglish("This file was not found.") })`.
 */
export const readsInEnglish = (expected: string | RegExp) =>
  expect.toSatisfy(
    (text: unknown) =>
      typeof text === "string" &&
      (typeof expected === "string"
        ? inEnglish(text) === expected
        : expected.test(inEnglish(text))),
    `a message that reads ${String(expected)} in English`,
  );
