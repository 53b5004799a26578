import type { DebugText, Extraction, Extractor } from "@/lib/debug-files/types";
import { cliLines } from "./cli-lines";

// Nessus and Tenable Security Center, from what a bug report (`nessuscli bug-report-generator`)
// or a pasted output holds: the nessusd banner ("nessusd (Nessus) 10.7.2 [build 20077] for
// Linux"), the scanner's server properties ("nessus_type", "server_version"), the feed's
// plugin_feed_info.inc (PLUGIN_SET, the feed timestamp), `rpm -qa` (the SecurityCenter package)
// and `uname -a` (the host's name).

const VERSION = /^\d+\.\d+\.\d+$/;
const FEED_TIMESTAMP = /^\d{12}$/;

const BANNER = /^[ \t]*(?:nessusd|nessuscli) \(Nessus\) (\d+\.\d+\.\d+)\b/m;
const SC_PACKAGE = /^[ \t]*SecurityCenter-(\d+\.\d+\.\d+)-[\w.]+$/m;
/** The feeds Tenable publishes; other scanners (Greenbone's) write the same file. */
const TENABLE_FEED =
  /^[ \t]*PLUGIN_FEED[ \t]*=[ \t]*"(?:ProfessionalFeed|SecurityCenterFeed|HomeFeed)\b/m;
const PLUGIN_SET = /^[ \t]*PLUGIN_SET[ \t]*=[ \t]*"(\d+)";/m;
const UNAME = /^Linux (\S+) \d+\.\d+\.\d+\S* #/m;

/** The product names `nessus_type` gives that are a product of the registry. */
const NESSUS_TYPES = ["Nessus Professional", "Nessus Manager"];

/** A string property of a JSON text, read even when the JSON is cut short. */
const jsonString = (text: string, key: string) =>
  new RegExp(`"${key}"\\s*:\\s*"([^"\\\\]*)"`).exec(text)?.[1];

type Facts = {
  isTenable?: boolean;
  product?: string;
  productAsWritten?: string;
  version?: string;
  feed?: string;
  hostname?: string;
};

function read(text: string, facts: Facts) {
  const banner = BANNER.exec(text)?.[1];
  if (banner) {
    facts.isTenable = true;
    facts.version ??= banner;
  }

  const nessusType = jsonString(text, "nessus_type");
  if (nessusType?.startsWith("Nessus")) {
    facts.isTenable = true;
    facts.productAsWritten ??= nessusType;
    if (NESSUS_TYPES.includes(nessusType)) facts.product ??= nessusType;
    const version = jsonString(text, "server_version");
    if (version) facts.version ??= version;
    const plugins = jsonString(text, "loaded_plugin_set");
    if (plugins) facts.feed ??= plugins;
  }

  const securityCenter = SC_PACKAGE.exec(text)?.[1];
  if (securityCenter) {
    facts.isTenable = true;
    facts.product ??= "Tenable Security Center";
    facts.productAsWritten ??= "SecurityCenter";
    facts.version ??= securityCenter;
  }

  if (TENABLE_FEED.test(text)) {
    facts.isTenable = true;
    const plugins = PLUGIN_SET.exec(text)?.[1];
    if (plugins) facts.feed ??= plugins;
  }

  const host = UNAME.exec(text)?.[1];
  if (host) facts.hostname ??= host;
}

export const tenableExtractor: Extractor = {
  vendor: "tenable",
  members: [
    /(?:^|\/)plugin_feed_info\.inc$/,
    /server[_-]?properties[^/]*$/i,
    /(?:^|\/)[^/]*(?:version|uname|rpm)[^/]*$/i,
  ],
  extract(texts: readonly DebugText[]): Extraction | null {
    const facts: Facts = {};
    for (const { text } of texts) read(cliLines(text).join("\n"), facts);
    // `uname -a` alone is any Linux host's.
    if (!facts.isTenable) return null;

    const values: Extraction["values"] = {};
    if (facts.product) values.product = facts.product;
    if (facts.version && VERSION.test(facts.version)) values.version = facts.version;
    if (facts.feed && FEED_TIMESTAMP.test(facts.feed)) values.pluginFeedTimestamp = facts.feed;

    const found: Extraction["found"] = {};
    if (facts.hostname) found.hostname = facts.hostname;
    if (facts.productAsWritten) found.model = facts.productAsWritten;
    return { values, found };
  },
};
