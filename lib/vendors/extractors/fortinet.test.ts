import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Extraction } from "@/lib/debug-files/types";
import { expectAcceptedByRegistry } from "./accepted-values";
import { fortinetExtractor } from "./fortinet";

const sampleText = (file: string) => ({
  name: path.basename(file),
  text: readFileSync(path.join(import.meta.dirname, "samples", file), "utf8"),
});
const extract = (file: string) => fortinetExtractor.extract([sampleText(`fortinet/${file}`)]);

const expected: Record<string, Extraction | null> = {
  "fortigate-7.4-ha-vdoms.txt": {
    values: {
      productFamily: "FortiGate",
      firmwareVersion: "7.4.3 build2573",
      haMode: "activePassive",
      vdomsEnabled: true,
      vdomCount: 3,
    },
    found: { model: "FortiGate-200F", serial: "FG200FTK21900001", hostname: "FW-HQ-01" },
  },
  "fortigate-6.4-standalone.txt": {
    values: {
      productFamily: "FortiGate",
      firmwareVersion: "6.4.9 build1966",
      haMode: "standalone",
      vdomsEnabled: false,
    },
    found: { model: "FortiGate-100E", serial: "FG100ETK18000001", hostname: "BRANCH-KRK" },
  },
  // A PuTTY log: CRLF line ends, the login, and a "--More--" prompt erased with backspaces.
  "fortigate-7.0-putty-split-vdom.txt": {
    values: {
      productFamily: "FortiGate",
      firmwareVersion: "7.0.12 build0523",
      haMode: "activeActive",
      vdomsEnabled: true,
      vdomCount: 2,
    },
    found: { model: "FortiGate-VM64-KVM", serial: "FGVMULTM23000042", hostname: "DC-EDGE-B" },
  },
  // The status is the first section; `get system ha status` after it names the peer too.
  "tac-report-6.4-ha-master.txt": {
    values: {
      productFamily: "FortiGate",
      firmwareVersion: "6.4.12 build2060",
      haMode: "activePassive",
      vdomsEnabled: true,
      vdomCount: 5,
    },
    found: { model: "FortiGate-600E", serial: "FG6H0ETB20900101", hostname: "WAW-CORE-FW1" },
  },
  // "standalone" in the status, but the configuration has an FGSP peer.
  "tac-report-7.2-fgsp.txt": {
    values: {
      productFamily: "FortiGate",
      firmwareVersion: "7.2.8 build1639",
      haMode: "FGSP",
      vdomsEnabled: false,
    },
    found: { model: "FortiGate-400F", serial: "FG4H0FTB22900311", hostname: "DC-FGSP-1" },
  },
  // FortiManager's layout; its ADOMs and "HA Mode: Stand Alone" are not a FortiGate's fields.
  "fortimanager-7.4.txt": {
    values: { productFamily: "FortiManager", firmwareVersion: "7.4.2 build2397" },
    found: { model: "FortiManager-VM64", serial: "FMG-VM0A11000137", hostname: "FMG-WAW" },
  },
  // Cut inside "BIOS version": what came before it still counts.
  "truncated-7.4.txt": {
    values: { productFamily: "FortiGate", firmwareVersion: "7.4.3 build2573" },
    found: { model: "FortiGate-200F", serial: "FG200FTK21900001" },
  },
  // A FortiGate's output, but not one that says its version.
  "performance-status-only.txt": null,
};

describe("fortinetExtractor", () => {
  it.each(Object.entries(expected))("%s", (file, extraction) => {
    expect(extract(file)).toEqual(extraction);
  });

  it("gives values the registry stores as they are", () => {
    const otherAnswers = {
      productFamily: "FortiGate",
      firmwareVersion: "7.4.3",
      haMode: "standalone",
      problemArea: "other",
    };
    for (const extraction of Object.values(expected)) {
      if (extraction) expectAcceptedByRegistry("fortinet", otherAnswers, extraction.values);
    }
  });

  it("reads the first text that is a status output", () => {
    const texts = [
      sampleText("fortinet/performance-status-only.txt"),
      sampleText("fortinet/fortigate-6.4-standalone.txt"),
      sampleText("fortinet/fortigate-7.4-ha-vdoms.txt"),
    ];
    expect(fortinetExtractor.extract(texts)?.found.serial).toBe("FG100ETK18000001");
  });

  it("takes an FGSP section without a peer for no FGSP", () => {
    const status = sampleText("fortinet/fortigate-6.4-standalone.txt").text;
    const text = `${status}\nconfig system cluster-sync\nend\nconfig router static\n    edit 1\n        set peerip 10.0.0.9\n    next\nend\n`;
    expect(fortinetExtractor.extract([{ name: "status.txt", text }])?.values.haMode).toBe(
      "standalone",
    );
  });

  it("tells nothing from an empty list or a text that only names FortiGate", () => {
    expect(fortinetExtractor.extract([])).toBeNull();
    const note = { name: "note.txt", text: "Version: see FortiGate docs\nHostname: x\n" };
    expect(fortinetExtractor.extract([note])).toBeNull();
  });
});
