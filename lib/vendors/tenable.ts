import {
  defineVersion,
  fileField,
  selectField,
  textField,
  versionField,
  fromProduct,
} from "./fields";
import type { VendorDefinition } from "./types";

/** Tenable Vulnerability Management is the cloud service; every other product runs on site. */
const CLOUD = "Tenable Vulnerability Management";

export const tenable: VendorDefinition = {
  id: "tenable",
  name: "Tenable",
  current: defineVersion({
    version: 1,
    fields: [
      selectField({
        key: "product",
        label: "Product",
        help: "The Tenable product the problem is on, as named on its login page.",
        required: true,
        options: [
          "Nessus Professional",
          "Nessus Manager",
          "Tenable Security Center",
          CLOUD,
          "Tenable OT Security",
          "Nessus Network Monitor",
        ],
      }),
      versionField({
        key: "version",
        label: "Version",
        help: "Settings > About in Nessus, or the About page of the user menu in Tenable Security Center. Not needed for Tenable Vulnerability Management (cloud).",
        required: {
          when: (values) => typeof values.product === "string" && values.product !== CLOUD,
          description: "for on-premises products",
        },
        placeholder: "10.7.2",
        format: { pattern: /^\d+\.\d+\.\d+$/, message: "Use the form 10.7.2." },
      }),
      textField({
        key: "pluginFeedTimestamp",
        label: "Plugin feed timestamp",
        help: "Settings > About in Nessus shows the plugin set: twelve digits, year to minute (YYYYMMDDHHMM).",
        required: false,
        placeholder: "202611201530",
        format: {
          pattern: /^\d{12}$/,
          message: "Use the twelve digits of the plugin set, like 202611201530.",
        },
      }),
      fileField({
        key: "bugReport",
        label: "Bug report",
        help: "Run `nessuscli bug-report-generator` (in /opt/nessus/sbin on Linux) and attach the archive it writes.",
        filePattern: "nessus-bug-report-<date>.tar.gz",
      }),
    ],
  }),
  previous: [],
  fromAsset: fromProduct({
    product: [
      [/Nessus Professional/i, "Nessus Professional"],
      [/Nessus Manager/i, "Nessus Manager"],
      [/Security Center|\bSC\b/i, "Tenable Security Center"],
      [/Vulnerability Management|Tenable\.io/i, CLOUD],
      [/OT Security/i, "Tenable OT Security"],
      [/Nessus Network Monitor/i, "Nessus Network Monitor"],
    ],
  }),
};
