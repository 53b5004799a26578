import { defineVersion, fileField, selectField, versionField, fromProduct } from "./fields";
import type { VendorDefinition } from "./types";

export const paloalto: VendorDefinition = {
  id: "paloalto",
  name: "Palo Alto Networks",
  current: defineVersion({
    version: 1,
    fields: [
      selectField({
        key: "deviceType",
        label: "Device type",
        help: "The platform the problem is on; `show system info` on the CLI shows the model (PA-… for hardware, PA-VM for VM-Series, Panorama for Panorama).",
        required: true,
        options: ["NGFW hardware", "VM-Series", "CN-Series", "Panorama", "Prisma Access"],
      }),
      versionField({
        key: "panosVersion",
        label: "PAN-OS version",
        help: "The sw-version line of `show system info` on the CLI, or Dashboard > General Information in the web interface.",
        required: true,
        placeholder: "10.2.9-h1",
        format: {
          pattern: /^\d+\.\d+\.\d+(?:-h\d+)?$/,
          message: "Use the form 11.1.2, or 10.2.9-h1 for a hotfix.",
        },
      }),
      selectField({
        key: "haMode",
        label: "HA mode",
        help: "`show high-availability state` on the CLI, or Device > High Availability in the web interface.",
        required: true,
        options: ["standalone", "active/passive", "active/active"],
      }),
      selectField({
        key: "feature",
        label: "Feature",
        help: "The feature closest to the problem; choose other and describe it in the ticket if none fits.",
        required: true,
        options: [
          "security policy / NAT",
          "GlobalProtect",
          "IPsec VPN",
          "App-ID / Content-ID",
          "User-ID",
          "decryption",
          "routing",
          "Panorama management",
          "other",
        ],
      }),
      fileField({
        key: "techSupportFile",
        label: "Tech support file",
        help: "Generate it on the device under Device > Support > Generate Tech Support File (on Panorama: Panorama > Support), then download it.",
        filePattern: "techsupport_<serial>_<date>.tgz",
      }),
    ],
  }),
  previous: [],
  fromAsset: fromProduct({
    deviceType: [
      [/PA-VM|VM-Series/i, "VM-Series"],
      [/CN-Series/i, "CN-Series"],
      [/Panorama|^M-\d/i, "Panorama"],
      [/^PA-\d/i, "NGFW hardware"],
    ],
  }),
};
