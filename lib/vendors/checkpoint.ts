import { defineVersion, fieldsOf, fromProduct, word } from "./fields";
import type { VendorDefinition } from "./types";

const field = fieldsOf("checkpoint");

export const checkpoint: VendorDefinition = {
  id: "checkpoint",
  name: "Check Point",
  current: defineVersion({
    version: 1,
    fields: [
      field.select({
        key: "component",
        required: true,
        options: [
          "Security Gateway",
          "Security Management",
          "Multi-Domain",
          "Endpoint / Harmony",
          "CloudGuard",
          "Maestro",
        ],
      }),
      field.select({
        key: "version",
        required: true,
        options: ["R80.40", "R81", "R81.10", "R81.20", "R82", "R82.10", word("other")],
      }),
      field.number({ key: "jumboHotfixTake", required: false, placeholder: "89" }),
      field.select({
        key: "platform",
        required: true,
        options: [
          word("quantumAppliance", "Quantum appliance"),
          "Quantum Spark (SMB)",
          "Maestro",
          word("openServer", "open server"),
          word("virtualCloud", "virtual / cloud"),
        ],
      }),
      field.multiselect({
        key: "blades",
        required: true,
        options: [
          "Firewall",
          "IPsec VPN",
          "Mobile Access",
          "IPS",
          "Application Control",
          "URL Filtering",
          "Anti-Bot",
          "Anti-Virus",
          "Threat Emulation",
          "Threat Extraction",
          "Identity Awareness",
          "DLP",
        ],
      }),
      field.select({
        key: "clusterMode",
        required: true,
        options: [
          word("none"),
          "ClusterXL High Availability",
          "ClusterXL Load Sharing",
          "VRRP",
          "VSX / VSLS",
        ],
      }),
      field.file({ key: "cpinfo", filePattern: "<hostname>.cpinfo.gz" }),
    ],
  }),
  previous: [],
  fromAsset: fromProduct({
    component: [
      [/Smart-1/i, "Security Management"],
      [/Maestro/i, "Maestro"],
      [/Quantum|CloudGuard|^\d{4,5}\b/i, "Security Gateway"],
    ],
    platform: [
      [/Spark/i, "Quantum Spark (SMB)"],
      [/Maestro/i, "Maestro"],
      [/CloudGuard/i, "virtualCloud"],
      [/Quantum|^\d{4,5}\b/i, "quantumAppliance"],
    ],
  }),
};
