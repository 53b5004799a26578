import { defineVersion, fileField, selectField, versionField, fromProduct } from "./fields";
import type { VendorDefinition } from "./types";

export const gigamon: VendorDefinition = {
  id: "gigamon",
  name: "Gigamon",
  current: defineVersion({
    version: 1,
    fields: [
      selectField({
        key: "product",
        label: "Product",
        help: "The GigaVUE product the problem is on; `show chassis` on a node shows its model.",
        required: true,
        options: ["GigaVUE HC series", "GigaVUE TA series", "GigaVUE-FM", "GigaVUE Cloud Suite"],
      }),
      versionField({
        key: "version",
        label: "GigaVUE-OS / FM version",
        help: "`show version` on the GigaVUE-OS CLI, or the About page (help menu) of GigaVUE-FM.",
        required: true,
        placeholder: "6.5.00",
        format: { pattern: /^\d+\.\d+\.\d+$/, message: "Use the form 6.5.00." },
      }),
      selectField({
        key: "function",
        label: "Function",
        help: "The function closest to the problem; choose other and describe it in the ticket if none fits.",
        required: true,
        options: [
          "traffic aggregation",
          "filtering / maps",
          "de-duplication",
          "SSL decryption",
          "NetFlow / AMI",
          "header stripping",
          "other",
        ],
      }),
      fileField({
        key: "showTechSupport",
        label: "show tech-support",
        noun: "show tech-support output",
        help: "The output of `show tech-support` on the GigaVUE-OS CLI, saved to a text file.",
        filePattern: "<hostname>-show-tech-support.txt",
      }),
    ],
  }),
  previous: [],
  fromAsset: fromProduct({
    product: [
      [/\bHC\d|HC series/i, "GigaVUE HC series"],
      [/\bTA\d|TA series/i, "GigaVUE TA series"],
      [/GigaVUE-FM/i, "GigaVUE-FM"],
    ],
  }),
};
