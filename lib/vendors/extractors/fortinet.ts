import type { DebugText, Extraction, Extractor } from "@/lib/debug-files/types";
import { cliLines, keyValueBlock } from "./cli-lines";

// `get system status` (alone, or inside `execute tac report`). A FortiGate's starts with
//   Version: FortiGate-200F v7.4.3,build2573,240201 (GA.F)
// FortiManager and FortiAnalyzer align their colons and write the platform on its own line:
//   Platform Full Name              : FortiManager-VM64
//   Version                         : v7.4.2-build2397 240116 (GA)

const FORTIGATE_VERSION =
  /^\s*Version\s*:\s*(Forti[A-Za-z]+-[\w-]+)\s+v(\d+\.\d+\.\d+),\s*build(\d+)/;
const PLATFORM_VERSION = /^\s*Version\s*:\s*v(\d+\.\d+\.\d+)-build(\d+)\b/;

// The registry's product families, by the name a status output starts its model with.
const FAMILIES: Readonly<Record<string, string>> = {
  FortiGate: "FortiGate",
  FortiWiFi: "FortiGate",
  FortiManager: "FortiManager",
  FortiAnalyzer: "FortiAnalyzer",
  FortiProxy: "FortiProxy",
};

const HA_MODES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^standalone\b/i, "standalone"],
  [/^a-p\b/i, "activePassive"],
  [/^a-a\b/i, "activeActive"],
];

/**
 * FGSP peers (session sync between standalone units) say "Current HA mode: standalone"; their
 * configuration, when the file has it (a tac report's `show system standalone-cluster`, 6.4's
 * `config system cluster-sync`), names a peer.
 */
function hasFgspPeer(lines: readonly string[]): boolean {
  let section: string | null = null;
  for (const line of lines) {
    const opening = /^(\s*)config (?:system cluster-sync|system standalone-cluster)\s*$/.exec(line);
    if (opening) section = opening[1]!;
    else if (section !== null && line === `${section}end`) section = null;
    else if (section !== null && /^\s*set peerip \S+/.test(line)) return true;
  }
  return false;
}

type Status = { model: string; version: string; build: string; block: Map<string, string> };

/** The first status output in the lines: its model, version, build and key/value block. */
function findStatus(lines: readonly string[]): Status | null {
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    const fortigate = FORTIGATE_VERSION.exec(line);
    if (fortigate) {
      const [, model, version, build] = fortigate as unknown as [string, string, string, string];
      return { model, version, build, block: keyValueBlock(lines, index).values };
    }
    const platform = PLATFORM_VERSION.exec(line);
    if (platform) {
      const { values: block, end } = keyValueBlock(lines, index);
      const model = block.get("platform full name");
      if (model && /^Forti[A-Za-z]+-/.test(model))
        return { model, version: platform[1]!, build: platform[2]!, block };
      // Not a status block: go on after it, so no block is read twice.
      index = Math.max(index, end - 1);
    }
  }
  return null;
}

/** "multiple", "enable", "split-vdom" (6.2+) are VDOMs on; "disable" off; anything else unknown. */
function vdomsOn(configuration: string | undefined): boolean | undefined {
  if (!configuration) return undefined;
  if (/^(multiple|enabled?|split-(vdom|task))\b/i.test(configuration)) return true;
  if (/^disabled?\b/i.test(configuration)) return false;
  return undefined;
}

function fromStatus(status: Status, fgsp: boolean): Extraction {
  const { block } = status;
  const values: Extraction["values"] = {
    firmwareVersion: `${status.version} build${status.build}`,
  };
  const family = FAMILIES[/^Forti[A-Za-z]+/.exec(status.model)![0]];
  if (family) values.productFamily = family;

  const ha = block.get("current ha mode");
  const haMode = ha && HA_MODES.find(([pattern]) => pattern.test(ha))?.[1];
  if (haMode) values.haMode = haMode === "standalone" && fgsp ? "FGSP" : haMode;

  const vdoms = vdomsOn(block.get("virtual domain configuration"));
  if (vdoms !== undefined) values.vdomsEnabled = vdoms;
  // "3 in NAT mode, 0 in TP mode": every VDOM is in one mode or the other.
  const counts = /^(\d+) in NAT mode, (\d+) in TP mode/i.exec(
    block.get("virtual domains status") ?? "",
  );
  if (vdoms && counts) values.vdomCount = Number(counts[1]) + Number(counts[2]);

  const found: Extraction["found"] = { model: status.model };
  const serial = block.get("serial-number") ?? block.get("serial number");
  if (serial) found.serial = serial;
  const hostname = block.get("hostname");
  if (hostname) found.hostname = hostname;
  return { values, found };
}

export const fortinetExtractor: Extractor = {
  vendor: "fortinet",
  // Inside an archive the customer made of CLI captures: the text files.
  members: [/\.(txt|log|out)$/i],
  extract(texts: readonly DebugText[]): Extraction | null {
    for (const { text } of texts) {
      const lines = cliLines(text);
      const status = findStatus(lines);
      if (status) return fromStatus(status, hasFgspPeer(lines));
    }
    return null;
  },
};
