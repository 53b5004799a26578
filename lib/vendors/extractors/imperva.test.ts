import { describe, expect, it } from "vitest";
import { extractDebugFile } from "@/lib/debug-files/extract-debug-file";
import type { Extraction } from "@/lib/debug-files/types";
import { expectAcceptedByRegistry } from "./accepted-values";
import { impervaExtractor } from "./imperva";
import { hostileTexts, sampleText } from "./sample-archive";

// What the form needs besides what a file can tell: a Cloud WAF ticket needs its ids.
const otherRequired = { deployment: "wafGateway", version: "14.7.0.60", issueKind: "other" };
const cloudRequired = { accountSiteId: "1 / 2", issueKind: "other" };

const extract = (file: string) => impervaExtractor.extract([sampleText(`imperva/${file}`)]);

describe("impervaExtractor", () => {
  it.each<[string, Extraction, Record<string, unknown>]>([
    [
      "gateway-14.7-waf-impctl.txt",
      {
        values: { deployment: "wafGateway", version: "14.7.0.60" },
        found: {
          serial: "X2520-0418-2217",
          hostname: "waf-gw01.corp.example.com",
          model: "X2520",
        },
      },
      otherRequired,
    ],
    [
      "mx-13.6-dam-show-version.txt",
      {
        values: { deployment: "Database Security (DAM/DSF)", version: "13.6.0.40" },
        found: { serial: "M160-1905-0093", hostname: "dam-mx01", model: "M160" },
      },
      otherRequired,
    ],
    [
      "cloud-waf-site-status.json",
      { values: { deployment: "Cloud WAF", accountSiteId: "1234567 / 89012345" }, found: {} },
      cloudRequired,
    ],
    [
      // cut before "account_id": a Cloud WAF site, its ids unknown
      "cloud-waf-site-status-truncated.json",
      { values: { deployment: "Cloud WAF" }, found: {} },
      cloudRequired,
    ],
  ])("reads %s", (file, expected, other) => {
    const extraction = extract(file);
    expect(extraction).toEqual(expected);
    expectAcceptedByRegistry("imperva", other, extraction!.values);
  });

  it("reads a pasted Cloud WAF site status through the reader, in a worker", async () => {
    const { text } = sampleText("imperva/cloud-waf-site-status.json");
    const result = await extractDebugFile({ text, name: "pasted text" }, "imperva");
    expect(result.ok && result.extraction?.values).toEqual({
      deployment: "Cloud WAF",
      accountSiteId: "1234567 / 89012345",
    });
  });

  it("reads the outputs of a bundle together", () => {
    const { text } = sampleText("imperva/gateway-14.7-waf-impctl.txt");
    const [platform = "", gateway = ""] = text.split("[root@waf-gw01 ~]# impctl gateway show");
    const extraction = impervaExtractor.extract([
      { name: "impctl_platform_show.txt", text: platform },
      { name: "impctl_gateway_show.txt", text: gateway },
      { name: "unrelated.txt", text: "Version : 9.9.9\n" },
    ]);
    expect(extraction?.values).toEqual({ deployment: "wafGateway", version: "14.7.0.60" });
  });

  it("tells neither WAF nor DAM when the output names both", () => {
    const text = "Imperva On-Premises\nLicensed: WAF, DAM\nVersion : 14.7.0.60\n";
    expect(impervaExtractor.extract([{ name: "v.txt", text }])?.values).toEqual({
      version: "14.7.0.60",
    });
  });

  it("answers null for output that does not say it is Imperva's, and for nothing", () => {
    expect(extract("not-imperva-version.txt")).toBeNull();
    expect(impervaExtractor.extract([sampleText("f5/tmsh-show-sys-version-13.1.txt")])).toBeNull();
    expect(impervaExtractor.extract([])).toBeNull();
  });

  it("reads hostile texts in bounded time", () => {
    for (const text of hostileTexts([
      "Imperva Version : 1",
      "SecureSphere version =     ",
      '"site_id": 1"account_id": ',
      "Imperva\n \n",
    ])) {
      const started = performance.now();
      impervaExtractor.extract([text]);
      expect(performance.now() - started, text.name).toBeLessThan(1000);
    }
  });
});
