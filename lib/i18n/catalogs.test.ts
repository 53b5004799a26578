import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import pl from "@/messages/pl.json";

type Catalog = { [key: string]: string | Catalog };

/** Every message of a catalog by its dotted key. */
function flatten(catalog: Catalog, prefix = ""): Map<string, string> {
  const messages = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    if (typeof value === "string") messages.set(prefix + key, value);
    else for (const entry of flatten(value, `${prefix}${key}.`)) messages.set(...entry);
  }
  return messages;
}

/** The arguments ({name}) and tags (<link>…</link>) a message uses, sorted. */
function placeholders(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      found.add(element.type === TYPE.tag ? `<${element.value}>` : `{${element.value}}`);
      if (element.type === TYPE.tag) walk(element.children);
      if (element.type === TYPE.plural || element.type === TYPE.select)
        for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  walk(parse(message));
  return [...found].sort();
}

const catalogs = { en: flatten(en), pl: flatten(pl) };

describe("the message catalogs", () => {
  it("have the same keys in English and Polish", () => {
    expect([...catalogs.pl.keys()].sort()).toEqual([...catalogs.en.keys()].sort());
  });

  it("use the same arguments and tags in both languages, in valid ICU syntax", () => {
    const differing = [...catalogs.en].flatMap(([key, english]) => {
      const polish = catalogs.pl.get(key);
      if (polish === undefined) return [];
      const [a, b] = [placeholders(english), placeholders(polish)];
      return JSON.stringify(a) === JSON.stringify(b) ? [] : [{ key, en: a, pl: b }];
    });
    expect(differing).toEqual([]);
  });

  it("leave no message empty", () => {
    const empty = [...catalogs.en, ...catalogs.pl].filter(([, text]) => !text.trim());
    expect(empty).toEqual([]);
  });
});
