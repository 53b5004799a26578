import { defineVersion, fieldsOf, fromProduct, word } from "./fields";
import type { VendorDefinition } from "./types";

const field = fieldsOf("f5");

export const f5: VendorDefinition = {
  id: "f5",
  name: "F5",
  current: defineVersion({
    version: 1,
    fields: [
      field.select({
        key: "platform",
        required: true,
        options: [
          word("appliance", "appliance (iSeries/rSeries)"),
          word("viprionChassis", "VIPRION chassis"),
          "VELOS",
          "Virtual Edition",
        ],
      }),
      field.version({
        key: "tmosVersion",
        required: true,
        placeholder: "17.1.1",
        format: /^\d+\.\d+\.\d+(?:\.\d+)?$/,
      }),
      field.multiselect({
        key: "modules",
        required: true,
        options: ["LTM", "DNS (GTM)", "APM", "Advanced WAF (ASM)", "AFM", "SSL Orchestrator"],
      }),
      field.select({
        key: "haMode",
        required: true,
        options: [
          word("standalone"),
          word("activeStandby", "active-standby"),
          word("activeActive", "active-active"),
        ],
      }),
      field.serial({
        key: "registrationKey",
        required: false,
        placeholder: "ABCDE-FGHIJ-KLMNO-PQRST-UVWXYZA",
        format: /^[A-Za-z0-9]{5}(?:-[A-Za-z0-9]{5}){3}-[A-Za-z0-9]{7}$/,
        normalize: (value) => value.toUpperCase(),
      }),
      field.file({ key: "qkview", filePattern: "<host>.qkview" }),
      field.text({ key: "ihealthId", required: false, max: 100 }),
    ],
  }),
  previous: [],
  fromAsset: fromProduct({
    platform: [
      [/VIPRION/i, "viprionChassis"],
      [/VELOS/i, "VELOS"],
      [/Virtual Edition|\bVE\b/i, "Virtual Edition"],
      [/\b[ir]\d{4}\b/i, "appliance"],
    ],
  }),
};
