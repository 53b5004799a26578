import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Extraction } from "@/lib/debug-files/types";
import { expectAcceptedByRegistry } from "./accepted-values";
import { paloaltoExtractor } from "./paloalto";
import { membersOf, sampleArchive } from "./sample-archive";

const sampleText = (file: string) => ({
  name: file,
  text: readFileSync(path.join(import.meta.dirname, "samples", "paloalto", file), "utf8"),
});
const extract = (file: string) => paloaltoExtractor.extract([sampleText(file)]);

const techSupport: Extraction = {
  values: { deviceType: "ngfwHardware", panosVersion: "11.1.2-h3", haMode: "activePassive" },
  found: { model: "PA-3410", serial: "024101000123", hostname: "PA-HQ-01" },
};

const expected: Record<string, Extraction | null> = {
  "tsf-11.1-pa3410-ha/tmp/cli/techsupport_20260212_143107.txt": techSupport,
  "show-system-info-9.1-vm.txt": {
    values: { deviceType: "VM-Series", panosVersion: "9.1.10", haMode: "standalone" },
    found: { model: "PA-VM", serial: "007051000123456", hostname: "PA-VM-LAB" },
  },
  // No `show high-availability state`: the prompt's "(active-primary)" tells active/active.
  "session-10.2-active-active-prompt.txt": {
    values: { deviceType: "ngfwHardware", panosVersion: "10.2.9-h1", haMode: "activeActive" },
    found: { model: "PA-5430", serial: "013201004567", hostname: "DC-FW-A" },
  },
  "panorama-11.1-m600.txt": {
    values: { deviceType: "Panorama", panosVersion: "11.1.4-h7" },
    found: { model: "M-600", serial: "000710001234", hostname: "PANO-01" },
  },
  // Cut before sw-version.
  "truncated-9.1-vm.txt": {
    values: { deviceType: "VM-Series" },
    found: { model: "PA-VM", serial: "007051000123456", hostname: "PA-VM-LAB" },
  },
  "near-miss-cisco-asa.txt": null,
};

describe("paloaltoExtractor", () => {
  it.each(Object.entries(expected))("%s", (file, extraction) => {
    expect(extract(file)).toEqual(extraction);
  });

  it("gives values the registry stores as they are", () => {
    const otherAnswers = {
      deviceType: "VM-Series",
      panosVersion: "11.1.2",
      haMode: "standalone",
      feature: "other",
    };
    for (const extraction of Object.values(expected)) {
      if (extraction) expectAcceptedByRegistry("paloalto", otherAnswers, extraction.values);
    }
  });

  it("reads a tech support file's CLI outputs and leaves its logs unread", async () => {
    const archive = await sampleArchive("paloalto/tsf-11.1-pa3410-ha", "./");
    const texts = await membersOf(archive, paloaltoExtractor.members);
    expect(texts.map((text) => text.name)).toEqual(["./tmp/cli/techsupport_20260212_143107.txt"]);
    expect(paloaltoExtractor.extract(texts)).toEqual(techSupport);
  });

  it("asks for saved command outputs by name", () => {
    const wanted = (name: string) =>
      paloaltoExtractor.members.some((pattern) => pattern.test(name));
    expect(wanted("show_system_info.txt")).toBe(true);
    expect(wanted("cli/show-high-availability-state.log")).toBe(true);
    expect(wanted("var/log/pan/ms.log")).toBe(false);
    expect(wanted("opt/pancfg/mgmt/saved-configs/running-config.xml")).toBe(false);
  });

  it("takes a version the field would refuse as unknown", () => {
    const text = "model: PA-440\nserial: 021201009999\nsw-version: 11.2.0-c123\n";
    expect(paloaltoExtractor.extract([{ name: "info.txt", text }])).toEqual({
      values: { deviceType: "ngfwHardware" },
      found: { model: "PA-440", serial: "021201009999" },
    });
  });
});
