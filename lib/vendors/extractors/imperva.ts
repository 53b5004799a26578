import type { DebugText, Extraction, Extractor } from "@/lib/debug-files/types";
import { cliLines } from "./cli-lines";

// Imperva on premises (SecureSphere / Imperva On-Premises gateways and management servers, WAF or
// DAM): the "Key : value" lines of `impctl … show` and `show version` style outputs. Cloud WAF:
// a site's status as the provisioning API answers it (JSON with "account_id" and "site_id",
// the site's CNAME under incapdns.net).

const VERSION = /^\d+\.\d+\.\d+(?:\.\d+)?$/;

const CLOUD_WAF = "Cloud WAF";
const WAF_GATEWAY = "wafGateway";
const DATABASE_SECURITY = "Database Security (DAM/DSF)";

const IMPERVA = /\b(?:Imperva|SecureSphere|impctl|Incapsula)\b|incapdns\.net/i;

// The key's words are separated by single spaces, so a long line cannot make the match backtrack.
const KEY_VALUE = /^[ \t]*([A-Za-z][\w/()-]*(?: [\w/()-]+)*)[ \t]*[:=][ \t]*(\S.*)$/;

/** Each key ("serial number") with its first value, from the "Key : value" lines. */
function keyValues(lines: readonly string[]): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of lines) {
    const match = KEY_VALUE.exec(line);
    if (!match?.[1] || !match[2]) continue;
    const key = match[1].toLowerCase();
    if (!values.has(key)) values.set(key, match[2]);
  }
  return values;
}

const first = (values: Map<string, string>, keys: readonly string[]) =>
  keys.map((key) => values.get(key)).find((value) => value !== undefined);

/** A number property of a JSON text ("site_id": 89012345), read even when it is cut short. */
const jsonNumber = (text: string, key: string) =>
  new RegExp(`"${key}"\\s*:\\s*"?(\\d{1,12})\\b`).exec(text)?.[1];

/** What the on-premises product is, from the words the output uses for it. */
function deploymentIn(text: string): string | undefined {
  const waf = /Web Application Firewall|\bWAF\b|SecureSphere Web/i.test(text);
  const database = /Database Activity Monitoring|Database Firewall|\bDAM\b|\bDSF\b/i.test(text);
  if (waf === database) return undefined;
  return waf ? WAF_GATEWAY : DATABASE_SECURITY;
}

function extractFrom(text: string): Extraction | null {
  if (!IMPERVA.test(text)) return null;
  const values: Extraction["values"] = {};
  const found: Extraction["found"] = {};

  const account = jsonNumber(text, "account_id");
  const site = jsonNumber(text, "site_id");
  if (account || site) {
    values.deployment = CLOUD_WAF;
    if (account && site) values.accountSiteId = `${account} / ${site}`;
    return { values, found };
  }

  const lines = cliLines(text);
  const told = keyValues(lines);
  const deployment = deploymentIn(text);
  if (deployment) values.deployment = deployment;
  // "14.7.0.60_0": the patch's build suffix is not part of the version the field asks.
  const version = first(told, ["version", "software version", "securesphere version"])?.split(
    /[_\s]/,
  )[0];
  if (version && VERSION.test(version)) values.version = version;

  const serial = first(told, ["serial number", "serial", "appliance serial"]);
  if (serial) found.serial = serial;
  const hostname = first(told, ["hostname", "host name"]);
  if (hostname) found.hostname = hostname;
  const model = first(told, ["model", "appliance model", "appliance"]);
  if (model) found.model = model;
  return { values, found };
}

export const impervaExtractor: Extractor = {
  vendor: "imperva",
  // A tech-info bundle's command outputs and version files.
  members: [/(?:^|\/)[^/]*(?:impctl|version|platform|site[_-]?status)[^/]*$/i],
  extract(texts: readonly DebugText[]): Extraction | null {
    const imperva = texts.filter(({ text }) => IMPERVA.test(text));
    if (imperva.length === 0) return null;
    return extractFrom(imperva.map(({ text }) => text).join("\n\n"));
  },
};
