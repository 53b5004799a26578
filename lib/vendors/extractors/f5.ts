import type { DebugText, Extraction, Extractor } from "@/lib/debug-files/types";
import { cliLines } from "./cli-lines";

// An F5 qkview (a tar.gz of the BIG-IP's files and command outputs) or a pasted tmsh output.
// Each member is recognised by what it says, not only by its name, so the same code reads
// `tmsh show sys version` pasted in the box and the VERSION file inside a qkview.

const TMOS_VERSION = /^\d+\.\d+\.\d+(?:\.\d+)?$/;
const REGISTRATION_KEY = /^[A-Za-z0-9]{5}(?:-[A-Za-z0-9]{5}){3}-[A-Za-z0-9]{7}$/;

/** `sys provision <module>` → the registry's module id. */
const MODULES: Record<string, string> = {
  ltm: "LTM",
  gtm: "DNS (GTM)",
  apm: "APM",
  asm: "Advanced WAF (ASM)",
  afm: "AFM",
  sslo: "SSL Orchestrator",
};

/** The value after `label` at the start of a line: "Version: 17.1.1" or "  Version     17.1.1". */
function labelled(text: string, label: string, separator: ":" | " "): string | undefined {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern =
    separator === ":"
      ? new RegExp(`^[ \\t]*${escaped}[ \\t]*:[ \\t]*(\\S.*)$`, "m")
      : new RegExp(`^[ \\t]*${escaped}[ \\t]{2,}(\\S.*)$`, "m");
  return pattern.exec(text)?.[1]?.trimEnd();
}

/** The text from `heading` to the next blank line (one section of a tmsh show output). */
function section(text: string, heading: string): string | undefined {
  const start = text.search(new RegExp(`^[ \\t]*${heading}[ \\t]*$`, "m"));
  if (start < 0) return undefined;
  const rest = text.slice(start);
  const end = rest.search(/\r?\n[ \t]*\r?\n/);
  return end < 0 ? rest : rest.slice(0, end);
}

/** The body of each top-level `<kind> <name> { … }` object of a bigip*.conf, by name. */
function confObjects(conf: string, kind: string): Map<string, string> {
  const objects = new Map<string, string>();
  const header = new RegExp(`^${kind} (\\S+) \\{(.*)$`, "gm");
  for (const match of conf.matchAll(header)) {
    const [whole, name = "", sameLine = ""] = match;
    // "sys provision afm { }": an empty (or one-line) object.
    if (sameLine.includes("}")) {
      objects.set(name, sameLine.slice(0, sameLine.lastIndexOf("}")));
      continue;
    }
    // Objects nest braces; the object ends at the first `}` alone at the start of a line.
    const bodyStart = match.index + whole.length;
    const end = conf.slice(bodyStart).search(/^\}/m);
    if (end < 0) {
      // Cut short: the rest is this object's (and no later object has its end either).
      objects.set(name, conf.slice(bodyStart));
      break;
    }
    objects.set(name, conf.slice(bodyStart, bodyStart + end));
  }
  return objects;
}

type Facts = {
  /** Some text was an F5 output, even one that tells nothing the form asks. */
  isF5?: boolean;
  version?: string;
  platformName?: string;
  serial?: string;
  hostname?: string;
  modules?: string[];
  haMode?: string;
  failoverStatus?: string;
  registrationKey?: string;
};

/** `VERSION` (a qkview's copy of /VERSION) or `tmsh show sys version`. */
function readVersion(text: string, facts: Facts) {
  let version: string | undefined;
  if (/^Product:[ \t]*BIG-IP/m.test(text)) version = labelled(text, "Version", ":");
  else if (/^[ \t]*Sys::Version/m.test(text)) {
    facts.isF5 = true;
    const main = section(text, "Main Package");
    if (main && /Product[ \t]+BIG-IP/.test(main)) version = labelled(main, "Version", " ");
  }
  if (version !== undefined) facts.isF5 = true;
  if (version && TMOS_VERSION.test(version)) facts.version = version;
}

/** `tmsh show sys hardware`: the platform's name and the chassis serial. */
function readHardware(text: string, facts: Facts) {
  if (!/^[ \t]*Sys::Hardware/m.test(text)) return;
  facts.isF5 = true;
  const platform = section(text, "Platform");
  const name = platform && labelled(platform, "Name", " ");
  if (name) facts.platformName = name;
  const system = section(text, "System Information");
  const serial = system && labelled(system, "Chassis Serial", " ");
  if (serial) facts.serial = serial;
}

/** `tmsh show cm failover-status`: this device's status (ACTIVE, STANDBY, …). */
function readFailoverStatus(text: string, facts: Facts) {
  if (!/^[ \t]*CM::Failover Status/m.test(text)) return;
  facts.isF5 = true;
  const status = labelled(text, "Status", " ");
  if (status) facts.failoverStatus = status.toUpperCase();
}

/** How many devices a device group's `devices { … }` lists. */
function devicesIn(group: string): number {
  const start = group.indexOf("devices {");
  if (start < 0) return 0;
  const end = group.indexOf("\n    }", start);
  const list = group.slice(start, end < 0 ? undefined : end);
  return list.match(/^ {8}\S+ \{/gm)?.length ?? 0;
}

/**
 * The HA mode from the device groups and traffic groups of bigip_base.conf: no sync-failover
 * group of two devices or more is standalone; in one, the floating traffic groups all preferring
 * the same device is active-standby, preferring different devices active-active.
 */
function haModeOf(conf: string): string {
  const failoverGroups = [...confObjects(conf, "cm device-group").values()].filter(
    (body) => /^[ \t]*type sync-failover$/m.test(body) && devicesIn(body) >= 2,
  );
  if (failoverGroups.length === 0) return "standalone";
  const preferred = new Set<string>();
  for (const [name, body] of confObjects(conf, "cm traffic-group")) {
    if (name.endsWith("traffic-group-local-only")) continue;
    const first =
      /ha-order \{\s*(\S+)/.exec(body)?.[1] ?? /^[ \t]*default-device (\S+)$/m.exec(body)?.[1];
    if (first) preferred.add(first);
  }
  return preferred.size >= 2 ? "activeActive" : "activeStandby";
}

/** config/bigip_base.conf: hostname, provisioned modules, HA. */
function readBaseConf(text: string, facts: Facts) {
  const globals = confObjects(text, "sys").get("global-settings");
  const provisions = confObjects(text, "sys provision");
  const isBaseConf = globals !== undefined || provisions.size > 0;
  if (!isBaseConf) return;
  facts.isF5 = true;
  const hostname = globals && /^[ \t]*hostname (\S+)$/m.exec(globals)?.[1];
  if (hostname) facts.hostname = hostname;
  const provisioned = new Set(
    [...provisions]
      .filter(([, body]) => /^[ \t]*level (?:minimum|nominal|dedicated)$/m.test(body))
      .map(([module]) => module),
  );
  // In the form's order.
  const modules = Object.entries(MODULES)
    .filter(([module]) => provisioned.has(module))
    .map(([, id]) => id);
  if (provisions.size > 0) facts.modules = modules;
  if (/^cm device-group /m.test(text)) facts.haMode = haModeOf(text);
  // This device's own entry names the platform and serial that `show sys hardware` would.
  const self = [...confObjects(text, "cm device").values()].find((body) =>
    /^[ \t]*self-device true$/m.test(body),
  );
  const marketingName = self && /^[ \t]*marketing-name "?([^"\n]+)"?$/m.exec(self)?.[1];
  if (marketingName) facts.platformName ??= marketingName;
  const chassisId = self && /^[ \t]*chassis-id (\S+)$/m.exec(self)?.[1];
  if (chassisId) facts.serial ??= chassisId;
}

/** config/bigip.license: the registration key (and the serial of an appliance). */
function readLicense(text: string, facts: Facts) {
  if (!/BIG-IP System License Key File/i.test(text)) return;
  facts.isF5 = true;
  const key = labelled(text, "Registration Key", ":");
  if (key && REGISTRATION_KEY.test(key)) facts.registrationKey = key.toUpperCase();
  const serial = labelled(text, "Appliance SN", ":");
  if (serial) facts.serial ??= serial;
}

function platformOf(name: string): string | undefined {
  if (/Virtual Edition/i.test(name)) return "Virtual Edition";
  if (/VELOS/i.test(name)) return "VELOS";
  if (/VIPRION/i.test(name)) return "viprionChassis";
  if (/\b[ir]\d{4,5}\b|BIG-IP \d{4}/i.test(name)) return "appliance";
  return undefined;
}

export const f5Extractor: Extractor = {
  vendor: "f5",
  members: [
    /(?:^|\/)VERSION$/,
    /(?:^|\/)config\/bigip_base\.conf$/,
    /(?:^|\/)config\/bigip\.license$/,
    // tmsh command outputs, named after the command ("tmsh_show_sys_hardware", "show sys version")
    /show[_ -]+sys[_ -]+(?:version|hardware)[^/]*$/i,
    /show[_ -]+cm[_ -]+failover[_ -]status[^/]*$/i,
  ],
  extract(texts: readonly DebugText[]): Extraction | null {
    const facts: Facts = {};
    for (const debugText of texts) {
      const text = cliLines(debugText.text).join("\n");
      readVersion(text, facts);
      readHardware(text, facts);
      readFailoverStatus(text, facts);
      readBaseConf(text, facts);
      readLicense(text, facts);
    }
    if (!facts.isF5) return null;

    const values: Extraction["values"] = {};
    const platform = facts.platformName && platformOf(facts.platformName);
    if (platform) values.platform = platform;
    if (facts.version) values.tmosVersion = facts.version;
    if (facts.modules?.length) values.modules = facts.modules;
    // Without the configuration, a standby unit still tells it is one of an active-standby pair.
    const haMode =
      facts.haMode ?? (facts.failoverStatus === "STANDBY" ? "activeStandby" : undefined);
    if (haMode) values.haMode = haMode;
    if (facts.registrationKey) values.registrationKey = facts.registrationKey;

    const found: Extraction["found"] = {};
    if (facts.serial) found.serial = facts.serial;
    if (facts.hostname) found.hostname = facts.hostname;
    if (facts.platformName) found.model = facts.platformName;
    return { values, found };
  },
};
