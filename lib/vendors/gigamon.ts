import { defineVersion, fieldsOf, fromProduct, word } from "./fields";
import type { VendorDefinition } from "./types";

const field = fieldsOf("gigamon");

export const gigamon: VendorDefinition = {
  id: "gigamon",
  name: "Gigamon",
  current: defineVersion({
    version: 1,
    fields: [
      field.select({
        key: "product",
        required: true,
        options: ["GigaVUE HC series", "GigaVUE TA series", "GigaVUE-FM", "GigaVUE Cloud Suite"],
      }),
      field.version({
        key: "version",
        required: true,
        placeholder: "6.5.00",
        format: /^\d+\.\d+\.\d+$/,
      }),
      field.select({
        key: "function",
        required: true,
        options: [
          word("trafficAggregation", "traffic aggregation"),
          word("filteringMaps", "filtering / maps"),
          word("deduplication", "de-duplication"),
          word("sslDecryption", "SSL decryption"),
          "NetFlow / AMI",
          word("headerStripping", "header stripping"),
          word("other"),
        ],
      }),
      field.file({ key: "showTechSupport", filePattern: "<hostname>-show-tech-support.txt" }),
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
