import {
  defineVersion,
  selectField,
  textField,
  versionField,
  whenValue,
  fromProduct,
} from "./fields";
import type { VendorDefinition } from "./types";

const CLOUD_WAF = "Cloud WAF";
const ON_PREMISES = "WAF Gateway (on-premises)";

export const imperva: VendorDefinition = {
  id: "imperva",
  name: "Imperva",
  current: defineVersion({
    version: 1,
    fields: [
      selectField({
        key: "deployment",
        label: "Deployment",
        help: "Where the product runs: Cloud WAF is managed in the Cloud Security Console; WAF Gateway is your own appliance or VM managed by an MX.",
        required: true,
        options: [CLOUD_WAF, ON_PREMISES, "Database Security (DAM/DSF)", "API Security"],
      }),
      textField({
        key: "accountSiteId",
        label: "Account / site ID",
        help: "In the Cloud Security Console: the account ID is in the account menu (top right), the site ID on the site's Settings page. Enter both, e.g. 1234567 / 89012345.",
        required: { when: whenValue("deployment", CLOUD_WAF), description: "for Cloud WAF" },
        placeholder: "1234567 / 89012345",
        max: 100,
      }),
      versionField({
        key: "version",
        label: "Version",
        noun: "MX / Gateway version",
        help: "The MX / Gateway version: the About page of the MX management console (help menu), e.g. 14.7.0.60.",
        required: {
          when: whenValue("deployment", ON_PREMISES),
          description: "for an on-premises WAF Gateway",
        },
        placeholder: "14.7.0.60",
        format: {
          pattern: /^\d+\.\d+\.\d+(?:\.\d+)?$/,
          message: "Use the form 14.7.0.60.",
        },
      }),
      selectField({
        key: "issueKind",
        label: "Issue kind",
        help: "The kind of problem; choose other and describe it in the ticket if none fits.",
        required: true,
        options: ["false positive / blocking", "onboarding", "performance", "reporting", "other"],
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
