import { describe, expect, it } from "vitest";
import { getVendor, valuesFromAsset } from ".";

const asset = (product: string) => ({ product, serialNumber: "SN-1" });

describe("valuesFromAsset", () => {
  it.each([
    ["fortinet", "FortiGate 200F", { productFamily: "FortiGate" }],
    ["fortinet", "FG-100F", { productFamily: "FortiGate" }],
    ["fortinet", "FortiAnalyzer 300G", { productFamily: "FortiAnalyzer" }],
    ["checkpoint", "Quantum 6600", { component: "Security Gateway", platform: "quantumAppliance" }],
    [
      "checkpoint",
      "Quantum Spark 1600",
      { component: "Security Gateway", platform: "Quantum Spark (SMB)" },
    ],
    ["f5", "BIG-IP i5800", { platform: "appliance" }],
    ["f5", "BIG-IP Virtual Edition", { platform: "Virtual Edition" }],
    ["paloalto", "PA-3410", { deviceType: "ngfwHardware" }],
    ["paloalto", "PA-VM-300", { deviceType: "VM-Series" }],
    ["gigamon", "GigaVUE HC1", { product: "GigaVUE HC series" }],
    ["imperva", "WAF Gateway X2520", { deployment: "wafGateway" }],
    ["tenable", "Tenable Security Center", { product: "Tenable Security Center" }],
  ])("%s %s tells %o", (vendor, product, expected) => {
    expect(valuesFromAsset(vendor, asset(product))).toEqual(expected);
  });

  it("prefills each value as a valid answer of its field", () => {
    for (const [vendor, product] of [
      ["fortinet", "FortiGate 60F"],
      ["checkpoint", "Quantum 6200"],
      ["tenable", "Tenable Security Center"],
    ] as const) {
      const told = valuesFromAsset(vendor, asset(product));
      const fields = getVendor(vendor).current.fields;
      for (const [key, value] of Object.entries(told)) {
        const field = fields.find((candidate) => candidate.key === key);
        expect(field && "options" in field ? field.options : []).toContain(value);
      }
    }
  });

  it("tells nothing for a model it does not know, nor for a vendor without a registry module", () => {
    expect(valuesFromAsset("fortinet", asset("fortinet appliance"))).toEqual({});
    expect(valuesFromAsset("acme", asset("Acme Box 9"))).toEqual({});
  });
});
