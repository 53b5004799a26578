import { formattersFor } from "./formatters";
import type { Locale } from "./locales";

/**
 * A message given where the reader's language is not known (zod schemas, lib errors): its key
 * in messages/<locale>.json and its ICU values, written as text so it travels as any message
 * does (field errors, form state, both sides of a server action). Pages write it out in the
 * reader's language (components/i18n/use-message-text.ts).
 */
export type MessageValues = Record<string, string | number>;

const PREFIX = "@i18n:";
const DAY = "@day:";

/**
 * A calendar day ('YYYY-MM-DD') as a `msg` value: written in the reader's way ("3 March 2026",
 * "3 marca 2026") when the message is, not in the language of the code that made it.
 */
export const dayValue = (isoDay: string) => `${DAY}${isoDay}`;

export function msg(key: string, values?: MessageValues): string {
  return `${PREFIX}${key}${values ? JSON.stringify(values) : ""}`;
}

/** The key and values of a `msg` text; null for any other text (written as it is). */
export function readMessage(text: string): { key: string; values?: MessageValues } | null {
  if (!text.startsWith(PREFIX)) return null;
  const rest = text.slice(PREFIX.length);
  const brace = rest.indexOf("{");
  if (brace === -1) return { key: rest };
  try {
    return { key: rest.slice(0, brace), values: JSON.parse(rest.slice(brace)) as MessageValues };
  } catch {
    return { key: rest.slice(0, brace) };
  }
}

/** next-intl's `t` for keys known only at run time (a `msg`'s). */
export type Translate = ((key: string, values?: MessageValues) => string) & {
  has(key: string): boolean;
};

/**
 * A `msg` in `t`'s language (a key it lacks stays as it is); any other text unchanged. A value
 * may itself be a `msg` (a field's own problem inside "Status not saved: …"): written first;
 * a dayValue is written in `locale`'s way.
 */
export function writeMessage(t: Translate, text: string, locale: Locale = "en"): string {
  const message = readMessage(text);
  if (!message || !t.has(message.key)) return text;
  const value = (text: string | number) =>
    typeof text !== "string"
      ? text
      : text.startsWith(DAY)
        ? formattersFor(locale).day(text.slice(DAY.length))
        : writeMessage(t, text, locale);
  const values =
    message.values &&
    Object.fromEntries(Object.entries(message.values).map(([name, text]) => [name, value(text)]));
  return t(message.key, values);
}
