import { msg } from "@/lib/i18n/message";
import { defineVersion, fieldsOf, fromProduct, whenValue, word } from "./fields";
import type { VendorDefinition } from "./types";

const field = fieldsOf("fortinet");

const productFamily = field.select({
  key: "productFamily",
  required: true,
  options: [
    "FortiGate",
    "FortiManager",
    "FortiAnalyzer",
    "FortiWeb",
    "FortiMail",
    "FortiSandbox",
    "FortiAuthenticator",
    "FortiClient EMS",
    "FortiSwitch",
    "FortiAP",
    "FortiProxy",
    "FortiADC",
    word("other"),
  ],
});

const firmwareVersion = field.version({
  key: "firmwareVersion",
  required: true,
  placeholder: "7.4.3 build2573",
  format: /^v?\d+\.\d+\.\d+(?:(?:\s+|,\s*)build\d{1,5})?$/i,
  // `get system status` prints "v7.4.3,build2573"; accept it as copied, store "7.4.3 build2573".
  normalize: (value) => value.replace(/^v/i, "").replace(/(?:\s+|,\s*)build/i, " build"),
});

const haMode = field.select({
  key: "haMode",
  required: { when: whenValue("productFamily", "FortiGate") },
  options: [
    word("standalone"),
    word("activePassive", "FGCP active-passive"),
    word("activeActive", "FGCP active-active"),
    "FGSP",
  ],
});

const problemArea = field.select({
  key: "problemArea",
  required: true,
  options: [
    word("firewallPolicyNat", "firewall policy / NAT"),
    "VPN IPsec",
    "VPN SSL",
    word("routing"),
    "SD-WAN",
    word("utmProfiles", "UTM profiles"),
    word("authenticationFsso", "authentication / FSSO"),
    "HA",
    word("performance"),
    word("hardware"),
    word("licensing"),
    word("other"),
  ],
});

const debugBundle = field.file({
  key: "debugBundle",
  filePattern: "<hostname>-tac-report.txt",
});

const vdomsEnabled = field.checkbox({ key: "vdomsEnabled" });

const vdomCount = field.number({ key: "vdomCount", required: false, placeholder: "3" });

export const fortinet: VendorDefinition = {
  id: "fortinet",
  name: "Fortinet",
  // v2 added "VDOMs enabled" and the number of VDOMs.
  current: defineVersion({
    version: 2,
    fields: [
      productFamily,
      firmwareVersion,
      haMode,
      vdomsEnabled,
      vdomCount,
      problemArea,
      debugBundle,
    ],
    refine: (values, addIssue) => {
      if (values.vdomCount !== undefined && values.vdomsEnabled === false) {
        addIssue("vdomCount", msg("vendors.fortinet.fields.vdomCount.withoutVdoms"));
      }
    },
  }),
  previous: [
    defineVersion({
      version: 1,
      fields: [productFamily, firmwareVersion, haMode, problemArea, debugBundle],
    }),
  ],
  fromAsset: fromProduct({
    productFamily: [
      [/^(FortiGate|FG-?\d)/i, "FortiGate"],
      [/^(FortiManager|FMG-?\d)/i, "FortiManager"],
      [/^(FortiAnalyzer|FAZ-?\d)/i, "FortiAnalyzer"],
      [/^FortiWeb/i, "FortiWeb"],
      [/^FortiMail/i, "FortiMail"],
      [/^FortiSandbox/i, "FortiSandbox"],
      [/^FortiAuthenticator/i, "FortiAuthenticator"],
      [/^FortiSwitch/i, "FortiSwitch"],
      [/^FortiAP/i, "FortiAP"],
      [/^FortiProxy/i, "FortiProxy"],
      [/^FortiADC/i, "FortiADC"],
    ],
  }),
};
