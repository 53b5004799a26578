import type { DebugText, Extraction, Extractor } from "@/lib/debug-files/types";
import { cliLines } from "./cli-lines";

// GigaVUE-OS `show version` ("Product name: GigaVUE-OS", "Product release: 6.5.00", …), alone or
// inside `show tech-support`, which adds `show chassis` and the running configuration. Other
// products built on the same CLI framework print the same keys with another product name
// (Mellanox Onyx, for one), so the product name decides.

const VERSION = /^\d+\.\d+\.\d+$/;

/** The registry's product from the model ("GigaVUE-HC3") or the product name. */
function productOf(name: string, model: string | undefined): string | undefined {
  if (/GigaVUE-FM/i.test(name)) return "GigaVUE-FM";
  const hardware = model ?? "";
  if (/\bHC[T\d]/i.test(hardware)) return "GigaVUE HC series";
  if (/\bTA\d/i.test(hardware)) return "GigaVUE TA series";
  return undefined;
}

/** The device's name from `hostname <name>` in the configuration or a prompt before a command. */
function hostnameIn(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const configured = /^\s*hostname (\S+)$/.exec(line)?.[1];
    if (configured) return configured;
  }
  for (const line of lines) {
    const prompt = /^([A-Za-z0-9][\w.-]*) (?:\[[^\]]*\] )?(?:\(config\) )?[#>] ?show /.exec(line);
    if (prompt?.[1]) return prompt[1];
  }
  return undefined;
}

/** "Serial Num:" of the first chassis in `show chassis` (box 1 when it is a cluster). */
function chassisSerialIn(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const serial = /^\s*Serial Num\s*:\s*(\S+)/.exec(line)?.[1];
    if (serial) return serial;
  }
  return undefined;
}

// The key's words are separated by single spaces, so a long line cannot make the match backtrack.
const KEY_VALUE = /^\s*([A-Za-z][\w./()-]*(?: [\w./()-]+)*)\s*:\s*(.*)$/;

/**
 * `show version`'s "key: value" lines from `at` (keys lower-cased), across the blank lines
 * that group them, up to the first line that is neither (a prompt, a heading).
 */
function showVersionAt(lines: readonly string[], at: number): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of lines.slice(at)) {
    if (line.trim() === "") continue;
    const match = KEY_VALUE.exec(line);
    if (!match?.[1] || match[2] === undefined) break;
    const key = match[1].toLowerCase();
    if (!values.has(key)) values.set(key, match[2].trim());
  }
  return values;
}

function extractFrom(text: string): Extraction | null {
  const lines = cliLines(text);
  const at = lines.findIndex((line) => /^\s*Product name\s*:\s*GigaVUE/i.test(line));
  if (at < 0) return null;
  const show = showVersionAt(lines, at);
  const name = show.get("product name") ?? "";
  const model = show.get("product model");

  const values: Extraction["values"] = {};
  const product = productOf(name, model ?? show.get("target hw"));
  if (product) values.product = product;
  const release = show.get("product release");
  if (release && VERSION.test(release)) values.version = release;

  const found: Extraction["found"] = {};
  const serial = show.get("system serial num") || chassisSerialIn(lines);
  if (serial) found.serial = serial;
  const hostname = hostnameIn(lines);
  if (hostname) found.hostname = hostname;
  if (model) found.model = model;
  return { values, found };
}

export const gigamonExtractor: Extractor = {
  vendor: "gigamon",
  // A tech-support bundle's outputs, by command name.
  members: [/show[_ -]+(?:version|tech-?support|chassis)[^/]*$/i],
  extract(texts: readonly DebugText[]): Extraction | null {
    // A bundle's members read as one session: the hostname may be in another member.
    return extractFrom(texts.map((text) => text.text).join("\n\n"));
  },
};
