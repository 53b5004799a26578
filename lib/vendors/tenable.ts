import { defineVersion, fieldsOf, fromProduct } from "./fields";
import type { VendorDefinition } from "./types";

const field = fieldsOf("tenable");

/** Tenable Vulnerability Management is the cloud service; every other product runs on site. */
const CLOUD = "Tenable Vulnerability Management";

export const tenable: VendorDefinition = {
  id: "tenable",
  name: "Tenable",
  current: defineVersion({
    version: 1,
    fields: [
      field.select({
        key: "product",
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
      field.version({
        key: "version",
        required: {
          when: (values) => typeof values.product === "string" && values.product !== CLOUD,
        },
        placeholder: "10.7.2",
        format: /^\d+\.\d+\.\d+$/,
      }),
      field.text({
        key: "pluginFeedTimestamp",
        required: false,
        placeholder: "202611201530",
        format: /^\d{12}$/,
      }),
      field.file({ key: "bugReport", filePattern: "nessus-bug-report-<date>.tar.gz" }),
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
