import type { DebugText, Extraction, Extractor } from "@/lib/debug-files/types";
import { cliLines } from "./cli-lines";

// Check Point support's usual outputs, alone or together in one capture: `cpinfo -y all` (the
// hotfix list per package, and `fw ver`), `show version all`, `fw ver`, `installed_jumbo_take`,
// `show installer packages installed`, `cphaprob state`, `show asset all`, with Gaia's prompts
// ("[Expert@CP-GW-A:0]#", "CP-GW-A> "), and `cplic print`'s appliance licence.

const VERSIONS = ["R80.40", "R81", "R81.10", "R81.20", "R82", "R82.10"];

// Where a version is written, most certain first: `fw ver` (also in cpinfo), `show version all`,
// then the Jumbo Hotfix's package name ("HOTFIX_R81_20_JUMBO_HF_MAIN").
const VERSION_LINES: readonly RegExp[] = [
  /^This is Check Point.* (R\d{2}(?:\.\d{1,2})?) - Build \d+/,
  /^Product version Check Point Gaia (R\d{2}(?:\.\d{1,2})?)\b/,
];
const HOTFIX_VERSION = /\bHOTFIX_(R\d{2})(?:_(\d{1,2}))?_JUMBO_HF/;

const JUMBO_TAKES: readonly RegExp[] = [
  /Jumbo Hotfix Accumulator take_(\d+) is installed/i, // installed_jumbo_take
  /Jumbo Hotfix Accumulator.*\(Take (\d+)\)/i, // show installer packages installed
  /^\s*HOTFIX_R\d{2}(?:_\d{1,2})?_JUMBO_HF_MAIN\s+Take:\s*(\d+)/, // cpinfo -y all
];

// `cphaprob state`'s "Cluster Mode:" line. VRRP shows as ClusterXL's "Sync only" mode, which
// third-party clustering shares, so it is left to the customer.
const CLUSTER_MODES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^Cluster Mode:\s+Virtual System Load Sharing/, "VSX / VSLS"],
  [/^Cluster Mode:\s+High Availability/, "ClusterXL High Availability"],
  [/^Cluster Mode:\s+Load Sharing/, "ClusterXL Load Sharing"],
  [/^HA module not started\./, "none"],
];

const EXPERT_PROMPT = /^\[Expert@([\w.-]+):\d+\]#/;
const CLISH_PROMPT =
  /^([A-Za-z][\w.-]*)> ?(?:show|fw|cpinfo|cphaprob|cplic|expert|installed_jumbo_take)\b/;

const firstMatch = (lines: readonly string[], patterns: readonly RegExp[]) => {
  for (const pattern of patterns)
    for (const line of lines) {
      const match = pattern.exec(line);
      if (match) return match;
    }
  return null;
};

function versionIn(lines: readonly string[]): string | undefined {
  const written = firstMatch(lines, VERSION_LINES)?.[1];
  if (written) return written;
  const hotfix = firstMatch(lines, [HOTFIX_VERSION]);
  return hotfix ? hotfix[1]! + (hotfix[2] ? `.${hotfix[2]}` : "") : undefined;
}

/** `show asset all`'s "Key: value" lines (keys lower-cased), the first of each. */
function assetLines(lines: readonly string[]): Map<string, string> {
  const asset = new Map<string, string>();
  for (const line of lines) {
    const match = /^(Model|Serial Number):\s*(\S.*)$/.exec(line);
    if (match && !asset.has(match[1]!.toLowerCase())) asset.set(match[1]!.toLowerCase(), match[2]!);
  }
  return asset;
}

// Quantum Security Gateway appliances: "Check Point 6200", "Check Point 16600". The 1000 and
// 2000 models are Quantum Spark, which runs Gaia Embedded and writes its own outputs.
const QUANTUM_APPLIANCE = /^Check Point (?:[3-9]\d{3}|[1-2]\d{4})\b/;
// `cplic print`'s appliance licence names the model: "CPAP-SG6600-PLUS-SNBT", "CPAP-SG1590".
const APPLIANCE_LICENCE = /\bCPAP-SG(\d{4,5})\b/;

function platformOfLicence(lines: readonly string[]): string | undefined {
  const model = firstMatch(lines, [APPLIANCE_LICENCE])?.[1];
  if (!model) return undefined;
  return /^[12]\d{3}$/.test(model) ? "Quantum Spark (SMB)" : "quantumAppliance";
}

export const checkpointExtractor: Extractor = {
  vendor: "checkpoint",
  members: [/\.(txt|log|info|out)$/i],
  extract(texts: readonly DebugText[]): Extraction | null {
    const lines = texts.flatMap(({ text }) => cliLines(text));
    const values: Extraction["values"] = {};
    const found: Extraction["found"] = {};

    const version = versionIn(lines);
    if (version) values.version = VERSIONS.includes(version) ? version : "other";

    const take = firstMatch(lines, JUMBO_TAKES)?.[1];
    if (take) values.jumboHotfixTake = Number(take);

    for (const line of lines) {
      const mode = CLUSTER_MODES.find(([pattern]) => pattern.test(line));
      if (!mode) continue;
      values.clusterMode = mode[1];
      // Only a gateway is a cluster member.
      if (mode[1] !== "none") values.component = "Security Gateway";
      break;
    }

    const asset = assetLines(lines);
    const model = asset.get("model");
    if (model?.startsWith("Check Point ")) {
      found.model = model;
      if (QUANTUM_APPLIANCE.test(model)) values.platform = "quantumAppliance";
      const serial = asset.get("serial number");
      if (serial) found.serial = serial;
    }
    if (!values.platform) {
      const platform = platformOfLicence(lines);
      if (platform) values.platform = platform;
    }

    const hostname = firstMatch(lines, [EXPERT_PROMPT, CLISH_PROMPT])?.[1];
    if (Object.keys(values).length === 0 && !found.model) return null;
    if (hostname) found.hostname = hostname;
    return { values, found };
  },
};
