import type { DebugText, Extraction, Extractor } from "@/lib/debug-files/types";
import { cliLines, keyValueBlock } from "./cli-lines";

// PAN-OS `show system info` ("hostname: PA-HQ-01", "model: PA-3410", "sw-version: 11.1.2-h3")
// and `show high-availability state`, pasted or in a tech support file's CLI outputs
// (tmp/cli/techsupport_<date>.txt), with the prompt as a fallback for the HA mode:
// "admin@PA-HQ-01(active)>", "admin@DC-FW-A(active-primary)>".

const VERSION = /^\d+\.\d+\.\d+(?:-h\d+)?$/;
const MODEL = /^(?:PA-[\w-]+|M-\d+|Panorama)$/;

const DEVICE_TYPES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:Panorama|M-\d+)$/, "Panorama"],
  [/^PA-CTNR/, "CN-Series"],
  [/^PA-VM/, "VM-Series"],
  [/^PA-\d/, "ngfwHardware"],
];

/** The first `show system info` output: a block with a PAN-OS model and its serial or version. */
function systemInfo(lines: readonly string[]): Map<string, string> | null {
  for (let index = 0; index < lines.length; index += 1) {
    if (!/^\s*(?:model|sw-version):/.test(lines[index]!)) continue;
    const { values: block, end } = keyValueBlock(lines, index);
    if (MODEL.test(block.get("model") ?? "") && (block.has("serial") || block.has("sw-version")))
      return block;
    // Not a system info block: go on after it, so no block is read twice.
    index = Math.max(index, end - 1);
  }
  return null;
}

/** `show high-availability state`'s group mode, or standalone when HA is off. */
function haState(lines: readonly string[]): string | undefined {
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (/^\s*(?:HA not enabled|High[- ]Availability is not enabled)/i.test(line))
      return "standalone";
    if (!/^Group \d+:/.test(line)) continue;
    const mode = /^\s*Mode:\s*Active-(Passive|Active)\b/i.exec(lines[index + 1] ?? "");
    if (mode) return mode[1]!.toLowerCase() === "passive" ? "activePassive" : "activeActive";
  }
  return undefined;
}

/** The HA state a prompt shows; a suspended or initial member says nothing of the mode. */
function haFromPrompt(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const state = /^[\w.-]+@[\w.-]+\(([a-z-]+)\)[>#]/.exec(line)?.[1];
    if (state === "active" || state === "passive") return "activePassive";
    if (state === "active-primary" || state === "active-secondary") return "activeActive";
  }
  return undefined;
}

export const paloaltoExtractor: Extractor = {
  vendor: "paloalto",
  members: [
    /(?:^|\/)tmp\/cli\/[^/]+\.txt$/,
    /(?:^|\/)[^/]*(?:system[_-]info|high[_-]availability)[^/]*\.(?:txt|log|out)$/i,
  ],
  extract(texts: readonly DebugText[]): Extraction | null {
    const lines = texts.flatMap(({ text }) => cliLines(text));
    const info = systemInfo(lines);
    const ha = haState(lines);
    if (!info && !ha) return null;

    const values: Extraction["values"] = {};
    const found: Extraction["found"] = {};
    if (info) {
      const model = info.get("model")!;
      found.model = model;
      const deviceType = DEVICE_TYPES.find(([pattern]) => pattern.test(model))?.[1];
      if (deviceType) values.deviceType = deviceType;
      const version = info.get("sw-version");
      if (version && VERSION.test(version)) values.panosVersion = version;
      const serial = info.get("serial");
      if (serial) found.serial = serial;
      const hostname = info.get("hostname");
      if (hostname) found.hostname = hostname;
    }
    const haMode = ha ?? haFromPrompt(lines);
    if (haMode) values.haMode = haMode;
    return { values, found };
  },
};
