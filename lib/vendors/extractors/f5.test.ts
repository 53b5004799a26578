import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractDebugFile } from "@/lib/debug-files/extract-debug-file";
import type { Extraction } from "@/lib/debug-files/types";
import { expectAcceptedByRegistry } from "./accepted-values";
import { f5Extractor } from "./f5";
import { hostileTexts, membersOf, sampleArchive, sampleText } from "./sample-archive";

const qkview = async (folder: string) =>
  membersOf(await sampleArchive(`f5/${folder}`), f5Extractor.members);

// What the form needs besides what a file can tell, so only the extracted keys are judged.
const otherRequired = {
  platform: "appliance",
  tmosVersion: "17.1.1",
  modules: ["LTM"],
  haMode: "standalone",
};

const expectValid = (values: Extraction["values"]) =>
  expectAcceptedByRegistry("f5", otherRequired, values);

describe("f5Extractor", () => {
  it("reads a TMOS 17.1 qkview of an i5800 in an active-standby pair", async () => {
    const texts = await qkview("qkview-17.1-i5800-pair");
    expect(texts.map((text) => text.name).sort()).toEqual([
      "VERSION",
      "commands/tmsh_show_cm_failover-status",
      "commands/tmsh_show_sys_hardware",
      "config/bigip.license",
      "config/bigip_base.conf",
    ]);
    const extraction = f5Extractor.extract(texts);
    expect(extraction).toEqual({
      values: {
        platform: "appliance",
        tmosVersion: "17.1.1",
        modules: ["LTM", "APM"],
        haMode: "activeStandby",
        registrationKey: "HKQTR-XWMCV-ZPLDS-NGBYA-KFJTUEQ",
      },
      found: { serial: "f5-xqzv-mtrk", hostname: "lb1.dc1.example.net", model: "BIG-IP i5800" },
    });
    expectValid(extraction!.values);
  });

  it("reads a TMOS 15.1 point release qkview of a standalone Virtual Edition", async () => {
    const extraction = f5Extractor.extract(await qkview("qkview-15.1-ve-standalone"));
    expect(extraction).toEqual({
      values: {
        platform: "Virtual Edition",
        tmosVersion: "15.1.10.2",
        modules: ["LTM", "Advanced WAF (ASM)", "AFM"],
        haMode: "standalone",
        registrationKey: "RBXKP-SYWQD-ZLIGM-HTNEA-VCUQOWJ",
      },
      found: {
        serial: "421c6f0e-6a1d-9e3b-8c21d84b7f0e",
        hostname: "waf-ve01.corp.example.com",
        model: "BIG-IP Virtual Edition",
      },
    });
    expectValid(extraction!.values);
  });

  it("takes the platform and serial from the device's own entry when the outputs are missing", async () => {
    const texts = (await qkview("qkview-17.1-i5800-pair")).filter(
      (text) => !text.name.startsWith("commands/"),
    );
    expect(f5Extractor.extract(texts)?.found).toEqual({
      serial: "f5-xqzv-mtrk",
      hostname: "lb1.dc1.example.net",
      model: "BIG-IP i5800",
    });
    expect(f5Extractor.extract(texts)?.values.platform).toBe("appliance");
  });

  it("reads a qkview file through the reader, in a worker", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "f5-qkview-"));
    try {
      const file = path.join(folder, "lb1.dc1.example.net.qkview");
      await writeFile(file, await sampleArchive("f5/qkview-17.1-i5800-pair"));
      const result = await extractDebugFile({ path: file, name: "lb1.qkview" }, "f5");
      expect(result).toEqual({
        ok: true,
        fileName: "lb1.qkview",
        extraction: f5Extractor.extract(await qkview("qkview-17.1-i5800-pair")),
      });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it("reads a qkview whose members sit under a folder", async () => {
    const archive = await sampleArchive("f5/qkview-17.1-i5800-pair", "qkview/");
    const extraction = f5Extractor.extract(await membersOf(archive, f5Extractor.members));
    expect(extraction?.values.tmosVersion).toBe("17.1.1");
    expect(extraction?.found.hostname).toBe("lb1.dc1.example.net");
  });

  it("reads a pasted TMOS 13.1 `show sys version`", () => {
    const extraction = f5Extractor.extract([sampleText("f5/tmsh-show-sys-version-13.1.txt")]);
    expect(extraction).toEqual({ values: { tmosVersion: "13.1.5.1" }, found: {} });
    expectValid(extraction!.values);
  });

  it("tells active-active from traffic groups preferring different devices", () => {
    const base = sampleText("f5/bigip_base-viprion-active-active.conf");
    const extraction = f5Extractor.extract([{ ...base, name: "config/bigip_base.conf" }]);
    expect(extraction).toEqual({
      values: { modules: ["LTM", "DNS (GTM)"], haMode: "activeActive" },
      found: { hostname: "vip-a.example.org" },
    });
    expectValid(extraction!.values);
  });

  it("tells a standby unit is one of an active-standby pair", () => {
    const extraction = f5Extractor.extract([
      sampleText("f5/tmsh-show-cm-failover-status-standby.txt"),
    ]);
    expect(extraction).toEqual({ values: { haMode: "activeStandby" }, found: {} });
    expectValid(extraction!.values);
  });

  it("reads what a truncated `show sys hardware` still says", () => {
    const extraction = f5Extractor.extract([sampleText("f5/tmsh-show-sys-hardware-truncated.txt")]);
    expect(extraction).toEqual({
      values: { platform: "appliance" },
      found: { model: "BIG-IP r5900" },
    });
    expectValid(extraction!.values);
  });

  it.each([
    ["BIG-IP Virtual Edition", "Virtual Edition"],
    ["BIG-IP VIPRION B2250", "viprionChassis"],
    ["F5 VELOS BX110 Tenant", "VELOS"],
    ["BIG-IP i10800", "appliance"],
    ["BIG-IP 4200", "appliance"],
  ])("takes the platform from the name %s", (name, platform) => {
    const hardware = `Sys::Hardware\nPlatform\n  Name           ${name}\n  Base MAC       00:94:a1:00:00:01\n`;
    expect(f5Extractor.extract([{ name: "show sys hardware", text: hardware }])?.values).toEqual({
      platform,
    });
  });

  it("answers null for another vendor's output and for nothing", () => {
    expect(f5Extractor.extract([sampleText("f5/not-f5-fortigate-status.txt")])).toBeNull();
    expect(f5Extractor.extract([])).toBeNull();
  });

  it("reads a session captured with CRLF line ends and pager prompts", () => {
    const { text } = sampleText("f5/tmsh-show-sys-version-13.1.txt");
    const captured = text
      .replace(/\n/g, "\r\n")
      .replace("  Build", "--More--\b\b\b\b\b\b\b\b  Build");
    expect(f5Extractor.extract([{ name: "putty.log", text: captured }])?.values).toEqual({
      tmosVersion: "13.1.5.1",
    });
  });

  it("leaves out a licence key that is not one", () => {
    const license = "#       BIG-IP System License Key File\nRegistration Key :  not-a-key\n";
    expect(f5Extractor.extract([{ name: "config/bigip.license", text: license }])).toEqual({
      values: {},
      found: {},
    });
  });

  it("reads hostile texts in bounded time", () => {
    for (const text of hostileTexts([
      "cm device-group /Common/g {\n    devices {\n    type sync-failover\n",
      "sys provision ltm {\n",
      "Sys::Hardware\nPlatform\n  Name  ",
      "Product: BIG-IP\nVersion:    ",
      "#       BIG-IP System License Key File\nRegistration Key :  ",
    ])) {
      const started = performance.now();
      f5Extractor.extract([text]);
      expect(performance.now() - started, text.name).toBeLessThan(1000);
    }
  });
});
