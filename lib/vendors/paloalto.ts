import { defineVersion, fieldsOf, fromProduct, word } from "./fields";
import type { VendorDefinition } from "./types";

const field = fieldsOf("paloalto");

export const paloalto: VendorDefinition = {
  id: "paloalto",
  name: "Palo Alto Networks",
  current: defineVersion({
    version: 1,
    fields: [
      field.select({
        key: "deviceType",
        required: true,
        options: [
          word("ngfwHardware", "NGFW hardware"),
          "VM-Series",
          "CN-Series",
          "Panorama",
          "Prisma Access",
        ],
      }),
      field.version({
        key: "panosVersion",
        required: true,
        placeholder: "10.2.9-h1",
        format: /^\d+\.\d+\.\d+(?:-h\d+)?$/,
      }),
      field.select({
        key: "haMode",
        required: true,
        options: [
          word("standalone"),
          word("activePassive", "active/passive"),
          word("activeActive", "active/active"),
        ],
      }),
      field.select({
        key: "feature",
        required: true,
        options: [
          word("securityPolicyNat", "security policy / NAT"),
          "GlobalProtect",
          "IPsec VPN",
          "App-ID / Content-ID",
          "User-ID",
          word("decryption"),
          word("routing"),
          word("panoramaManagement", "Panorama management"),
          word("other"),
        ],
      }),
      field.file({ key: "techSupportFile", filePattern: "techsupport_<serial>_<date>.tgz" }),
    ],
  }),
  previous: [],
  fromAsset: fromProduct({
    deviceType: [
      [/PA-VM|VM-Series/i, "VM-Series"],
      [/CN-Series/i, "CN-Series"],
      [/Panorama|^M-\d/i, "Panorama"],
      [/^PA-\d/i, "ngfwHardware"],
    ],
  }),
};
