import { defineVersion, fieldsOf } from "./fields";
import type { VendorDefinition } from "./types";

const field = fieldsOf("other");

/** Any manufacturer without its own module yet; also used for vendor ids not in the registry. */
export const other: VendorDefinition = {
  id: "other",
  // A word, unlike the other vendors' names: pages show the message vendors.other.name.
  name: "Other",
  current: defineVersion({
    version: 1,
    fields: [
      field.text({ key: "productVersion", required: true, placeholder: "5.2.1", max: 100 }),
      field.text({ key: "environment", required: false }),
      field.file({ key: "diagnosticFile", filePattern: "<hostname>-diagnostics.zip" }),
    ],
  }),
  previous: [],
};
