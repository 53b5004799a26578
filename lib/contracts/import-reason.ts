import { readMessage, writeMessage, type Translate } from "@/lib/i18n/message";

// Apart from contracts-csv.ts so that the import page's browser code can use it without the
// CSV parser.

/**
 * A row's problem in `t`'s language (next-intl's `t` of the whole catalog): a problem may carry
 * another message as a value (a cell's own validation message), written first.
 */
export function writeImportReason(t: Translate, reason: string): string {
  const message = readMessage(reason);
  if (!message || !t.has(message.key)) return reason;
  const values = message.values
    ? Object.fromEntries(
        Object.entries(message.values).map(([name, value]) => [
          name,
          typeof value === "string" ? writeMessage(t, value) : value,
        ]),
      )
    : undefined;
  return t(message.key, values);
}
