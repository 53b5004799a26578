import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Extraction } from "@/lib/debug-files/types";
import { expectAcceptedByRegistry } from "./accepted-values";
import { checkpointExtractor } from "./checkpoint";

const sampleText = (file: string) => ({
  name: file,
  text: readFileSync(path.join(import.meta.dirname, "samples", "checkpoint", file), "utf8"),
});
const extract = (file: string) => checkpointExtractor.extract([sampleText(file)]);

const expected: Record<string, Extraction | null> = {
  "cpinfo-y-all-r81.20.txt": {
    values: { version: "R81.20", jumboHotfixTake: 53 },
    found: { hostname: "CP-GW-A" },
  },
  // clish then expert mode: show version all, show asset all, installed_jumbo_take, cphaprob.
  "session-r80.40-clusterxl-ha.txt": {
    values: {
      version: "R80.40",
      jumboHotfixTake: 198,
      clusterMode: "ClusterXL High Availability",
      component: "Security Gateway",
      platform: "quantumAppliance",
    },
    found: { model: "Check Point 6200", serial: "1911BA0456", hostname: "CP-FW-KRK-1" },
  },
  "session-r82-load-sharing.txt": {
    values: {
      version: "R82",
      jumboHotfixTake: 25,
      clusterMode: "ClusterXL Load Sharing",
      component: "Security Gateway",
    },
    found: { hostname: "edge-ls-2" },
  },
  "session-r81.10-vsx-vsls.txt": {
    values: {
      version: "R81.10",
      jumboHotfixTake: 141,
      clusterMode: "VSX / VSLS",
      component: "Security Gateway",
    },
    found: { hostname: "vsx-gw-1" },
  },
  // A version the list does not have is "other"; not clustered is "none", gateway or not.
  "standalone-r80.30.txt": {
    values: { version: "other", clusterMode: "none" },
    found: { hostname: "mgmt-old" },
  },
  // Cut after the first hotfix line: the Jumbo's package name still says the version.
  "truncated-cpinfo.txt": {
    values: { version: "R81.20", jumboHotfixTake: 53 },
    found: { hostname: "CP-GW-A" },
  },
  // The appliance licence tells the platform; the blades licensed are not the ones involved.
  "cplic-print-r81.20-6600.txt": {
    values: { version: "R81.20", platform: "quantumAppliance" },
    found: { hostname: "WAW-GW-01" },
  },
  "near-miss-linux.txt": null,
};

describe("checkpointExtractor", () => {
  it.each(Object.entries(expected))("%s", (file, extraction) => {
    expect(extract(file)).toEqual(extraction);
  });

  it("gives values the registry stores as they are", () => {
    const otherAnswers = {
      component: "Security Management",
      version: "R81.20",
      platform: "openServer",
      blades: ["Firewall"],
      clusterMode: "none",
    };
    for (const extraction of Object.values(expected)) {
      if (extraction) expectAcceptedByRegistry("checkpoint", otherAnswers, extraction.values);
    }
  });

  it("puts together what several outputs say", () => {
    const extraction = checkpointExtractor.extract([
      sampleText("near-miss-linux.txt"),
      sampleText("cpinfo-y-all-r81.20.txt"),
      { name: "cphaprob.txt", text: "\nCluster Mode:   High Availability (Active Up)\n" },
    ]);
    expect(extraction?.values).toEqual({
      version: "R81.20",
      jumboHotfixTake: 53,
      clusterMode: "ClusterXL High Availability",
      component: "Security Gateway",
    });
  });

  it("reads the old product name in fw ver, and tells nothing from no text", () => {
    const old = "This is Check Point VPN-1(TM) & FireWall-1(R) R77.30 - Build 286\n";
    expect(checkpointExtractor.extract([{ name: "fw-ver.txt", text: old }])).toEqual({
      values: { version: "other" },
      found: {},
    });
    expect(checkpointExtractor.extract([])).toBeNull();
  });

  it("tells a Quantum Spark by its appliance licence", () => {
    const text =
      "Host             Expiration  Features\n10.0.0.1   never   CPAP-SG1590-SNBT CK-0011223344AA\n";
    expect(checkpointExtractor.extract([{ name: "cplic.txt", text }])?.values).toEqual({
      platform: "Quantum Spark (SMB)",
    });
  });
});
