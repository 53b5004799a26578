import { defineVersion, fieldsOf, fromProduct, whenValue, word } from "./fields";
import type { VendorDefinition } from "./types";

const field = fieldsOf("imperva");

const CLOUD_WAF = "Cloud WAF";
const ON_PREMISES = "wafGateway";

export const imperva: VendorDefinition = {
  id: "imperva",
  name: "Imperva",
  current: defineVersion({
    version: 1,
    fields: [
      field.select({
        key: "deployment",
        required: true,
        options: [
          CLOUD_WAF,
          word(ON_PREMISES, "WAF Gateway (on-premises)"),
          "Database Security (DAM/DSF)",
          "API Security",
        ],
      }),
      field.text({
        key: "accountSiteId",
        required: { when: whenValue("deployment", CLOUD_WAF) },
        placeholder: "1234567 / 89012345",
        max: 100,
      }),
      field.version({
        key: "version",
        required: { when: whenValue("deployment", ON_PREMISES) },
        placeholder: "14.7.0.60",
        format: /^\d+\.\d+\.\d+(?:\.\d+)?$/,
      }),
      field.select({
        key: "issueKind",
        required: true,
        options: [
          word("falsePositiveBlocking", "false positive / blocking"),
          word("onboarding"),
          word("performance"),
          word("reporting"),
          word("other"),
        ],
      }),
    ],
  }),
  previous: [],
  fromAsset: fromProduct({
    deployment: [
      [/Cloud WAF/i, CLOUD_WAF],
      [/WAF Gateway|^X\d{4}/i, ON_PREMISES],
    ],
  }),
};
