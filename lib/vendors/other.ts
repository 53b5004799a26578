import { defineVersion, fileField, textField } from "./fields";
import type { VendorDefinition } from "./types";

/** Any manufacturer without its own module yet; also used for vendor ids not in the registry. */
export const other: VendorDefinition = {
  id: "other",
  name: "Other",
  current: defineVersion({
    version: 1,
    fields: [
      textField({
        key: "productVersion",
        label: "Product version",
        help: "The product's software version, from its About page or its `show version` (or similar) command.",
        required: true,
        placeholder: "5.2.1",
        max: 100,
      }),
      textField({
        key: "environment",
        label: "Environment",
        help: "What it runs on (appliance, virtual machine, cloud) and whether it is clustered or in an HA pair.",
        required: false,
      }),
      fileField({
        key: "diagnosticFile",
        label: "Diagnostic file",
        help: "A diagnostic bundle, log or screenshot from the product, as its manufacturer's support would ask for.",
        filePattern: "<hostname>-diagnostics.zip",
      }),
    ],
  }),
  previous: [],
};
