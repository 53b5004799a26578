import {
  defineVersion,
  fileField,
  multiselectField,
  selectField,
  serialField,
  textField,
  versionField,
  fromProduct,
} from "./fields";
import type { VendorDefinition } from "./types";

export const f5: VendorDefinition = {
  id: "f5",
  name: "F5",
  current: defineVersion({
    version: 1,
    fields: [
      selectField({
        key: "platform",
        label: "Platform",
        help: "`tmsh show sys hardware` (Platform section) on the BIG-IP; choose Virtual Edition for BIG-IP VE on a hypervisor or in a cloud.",
        required: true,
        options: ["appliance (iSeries/rSeries)", "VIPRION chassis", "VELOS", "Virtual Edition"],
      }),
      versionField({
        key: "tmosVersion",
        label: "TMOS version",
        help: "`tmsh show sys version` on the BIG-IP, or the top left of the Configuration utility.",
        required: true,
        placeholder: "17.1.1",
        format: {
          pattern: /^\d+\.\d+\.\d+(?:\.\d+)?$/,
          message: "Use the form 17.1.1 or 15.1.10.2.",
        },
      }),
      multiselectField({
        key: "modules",
        label: "Modules",
        one: "module",
        help: "The modules the problem touches; `tmsh list sys provision` shows which are provisioned.",
        required: true,
        options: ["LTM", "DNS (GTM)", "APM", "Advanced WAF (ASM)", "AFM", "SSL Orchestrator"],
      }),
      selectField({
        key: "haMode",
        label: "HA mode",
        help: "`tmsh show cm failover-status` on the BIG-IP, or Device Management > Overview in the Configuration utility.",
        required: true,
        options: ["standalone", "active-standby", "active-active"],
      }),
      serialField({
        key: "registrationKey",
        label: "Registration key",
        help: "The BIG-IP licence key: the Registration Key line of `tmsh show sys license`, or System > License in the Configuration utility.",
        required: false,
        placeholder: "ABCDE-FGHIJ-KLMNO-PQRST-UVWXYZA",
        format: {
          pattern: /^[A-Za-z0-9]{5}(?:-[A-Za-z0-9]{5}){3}-[A-Za-z0-9]{7}$/,
          message:
            "Use five groups of 5-5-5-5-7 letters and digits, like ABCDE-FGHIJ-KLMNO-PQRST-UVWXYZA.",
        },
        normalize: (value) => value.toUpperCase(),
      }),
      fileField({
        key: "qkview",
        label: "qkview",
        noun: "qkview",
        help: "Run `qkview` on the BIG-IP: it writes /var/tmp/<host>.qkview. You can also upload it to iHealth (ihealth2.f5.com).",
        filePattern: "<host>.qkview",
      }),
      textField({
        key: "ihealthId",
        label: "iHealth case / qkview ID",
        help: "If you uploaded the qkview to iHealth: the qkview ID, or the F5 case number it is attached to, from the iHealth qkview list.",
        required: false,
        max: 100,
      }),
    ],
  }),
  previous: [],
  fromAsset: fromProduct({
    platform: [
      [/VIPRION/i, "VIPRION chassis"],
      [/VELOS/i, "VELOS"],
      [/Virtual Edition|\bVE\b/i, "Virtual Edition"],
      [/\b[ir]\d{4}\b/i, "appliance (iSeries/rSeries)"],
    ],
  }),
};
