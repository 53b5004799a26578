import {
  checkboxField,
  defineVersion,
  fileField,
  numberField,
  selectField,
  versionField,
  whenValue,
  fromProduct,
} from "./fields";
import type { VendorDefinition } from "./types";

const productFamily = selectField({
  key: "productFamily",
  label: "Product family",
  help: "The Fortinet product the problem is on. The model on the asset tells it (FG-100F is a FortiGate), as does the first line of `get system status` on the CLI.",
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
    "other",
  ],
});

const firmwareVersion = versionField({
  key: "firmwareVersion",
  label: "Firmware version",
  help: "The Version line of `get system status` on the FortiGate CLI (e.g. v7.4.3,build2573), or the System Information widget of the dashboard. Enter it as 7.4.3 or 7.4.3 build2573.",
  required: true,
  placeholder: "7.4.3 build2573",
  format: {
    pattern: /^v?\d+\.\d+\.\d+(?:(?:\s+|,\s*)build\d{1,5})?$/i,
    message: "Use the form 7.4.3, optionally with the build: 7.4.3 build2573.",
  },
  // `get system status` prints "v7.4.3,build2573"; accept it as copied, store "7.4.3 build2573".
  normalize: (value) => value.replace(/^v/i, "").replace(/(?:\s+|,\s*)build/i, " build"),
});

const haMode = selectField({
  key: "haMode",
  label: "HA mode",
  help: "`get system ha status` on the FortiGate CLI, or System > HA in the GUI. Choose standalone for a single unit.",
  required: { when: whenValue("productFamily", "FortiGate"), description: "for FortiGate" },
  options: ["standalone", "FGCP active-passive", "FGCP active-active", "FGSP"],
});

const problemArea = selectField({
  key: "problemArea",
  label: "Problem area",
  help: "The area closest to the problem; choose other and describe it in the ticket if none fits.",
  required: true,
  options: [
    "firewall policy / NAT",
    "VPN IPsec",
    "VPN SSL",
    "routing",
    "SD-WAN",
    "UTM profiles",
    "authentication / FSSO",
    "HA",
    "performance",
    "hardware",
    "licensing",
    "other",
  ],
});

const debugBundle = fileField({
  key: "debugBundle",
  label: "Debug bundle",
  help: "The output of `execute tac report` on the FortiGate CLI, saved to a text file; add a flow trace (`diagnose debug flow`) or sniffer output if you have one.",
  filePattern: "<hostname>-tac-report.txt",
});

const vdomsEnabled = checkboxField({
  key: "vdomsEnabled",
  label: "VDOMs enabled",
  help: '`get system status` shows "Virtual domain configuration: multiple" (or split-task) when VDOMs are enabled.',
});

const vdomCount = numberField({
  key: "vdomCount",
  label: "Number of VDOMs",
  help: "Count the virtual domains under System > VDOM in the GUI, or list them with `config vdom` then `edit ?` on the CLI. Only with VDOMs enabled.",
  noun: "number of VDOMs",
  required: false,
  placeholder: "3",
});

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
        addIssue("vdomCount", 'Tick "VDOMs enabled" or leave the number of VDOMs empty.');
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
