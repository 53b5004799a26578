import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractDebugFile } from "@/lib/debug-files/extract-debug-file";
import type { Extraction } from "@/lib/debug-files/types";
import { expectAcceptedByRegistry } from "./accepted-values";
import { hostileTexts, membersOf, sampleArchive, sampleText } from "./sample-archive";
import { tenableExtractor } from "./tenable";

const otherRequired = { product: "Nessus Professional", version: "10.7.2" };

const bugReport = async (folder: string) =>
  membersOf(
    await sampleArchive(`tenable/${folder}`, "nessus-bug-report-20261127/"),
    tenableExtractor.members,
  );

const extract = (file: string) => tenableExtractor.extract([sampleText(`tenable/${file}`)]);

function expectExtraction(extraction: Extraction | null, expected: Extraction) {
  expect(extraction).toEqual(expected);
  expectAcceptedByRegistry("tenable", otherRequired, extraction!.values);
}

describe("tenableExtractor", () => {
  it("reads a Nessus Professional 10.7 bug report, leaving its logs unread", async () => {
    const texts = await bugReport("bug-report-nessus-10.7-pro");
    expect(texts.map((text) => text.name).sort()).toEqual([
      "nessus-bug-report-20261127/nessus/nessusd_version.txt",
      "nessus-bug-report-20261127/nessus/plugin_feed_info.inc",
      "nessus-bug-report-20261127/nessus/server_properties.json",
      "nessus-bug-report-20261127/system/uname.txt",
    ]);
    expectExtraction(tenableExtractor.extract(texts), {
      values: {
        product: "Nessus Professional",
        version: "10.7.2",
        pluginFeedTimestamp: "202611201530",
      },
      found: { hostname: "scan-pro-01", model: "Nessus Professional" },
    });
  });

  it("reads a bug report file through the reader, in a worker", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "nessus-bug-report-"));
    try {
      const file = path.join(folder, "nessus-bug-report-20261127.tar.gz");
      await writeFile(
        file,
        await sampleArchive("tenable/bug-report-nessus-10.7-pro", "nessus-bug-report-20261127/"),
      );
      const result = await extractDebugFile({ path: file, name: "bug-report.tar.gz" }, "tenable");
      expect(result.ok && result.extraction?.values).toEqual({
        product: "Nessus Professional",
        version: "10.7.2",
        pluginFeedTimestamp: "202611201530",
      });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it("reads a Nessus Manager 8.15 bug report", async () => {
    expectExtraction(tenableExtractor.extract(await bugReport("bug-report-nessus-8.15-manager")), {
      values: { product: "Nessus Manager", version: "8.15.0", pluginFeedTimestamp: "202109141216" },
      found: { hostname: "nessus-mgr.corp.example.com", model: "Nessus Manager" },
    });
  });

  it("reads a Nessus 6 banner, which does not say which Nessus it is", () => {
    expectExtraction(extract("nessusd-v-6.10.txt"), { values: { version: "6.10.1" }, found: {} });
  });

  it("reads Tenable Security Center's package and host", () => {
    expectExtraction(extract("tenable-sc-6.4-rpm-qa.txt"), {
      values: { product: "Tenable Security Center", version: "6.4.0" },
      found: { hostname: "tsc01", model: "SecurityCenter" },
    });
  });

  it("reads what cut-short server properties still say", () => {
    expectExtraction(extract("server-properties-truncated.json"), {
      values: { product: "Nessus Professional" },
      found: { model: "Nessus Professional" },
    });
  });

  it("answers null for another scanner's feed, a bare Linux host and another vendor's output", () => {
    expect(extract("not-tenable-greenbone-feed-info.inc")).toBeNull();
    const uname = sampleText("tenable/bug-report-nessus-10.7-pro/system/uname.txt");
    expect(tenableExtractor.extract([uname])).toBeNull();
    expect(
      tenableExtractor.extract([sampleText("gigamon/gigavue-os-5.9-hc2-show-version.txt")]),
    ).toBeNull();
    expect(tenableExtractor.extract([])).toBeNull();
  });

  it("reads hostile texts in bounded time", () => {
    for (const text of hostileTexts([
      "nessusd (Nessus) 1",
      '"nessus_type": "Nessus ',
      'PLUGIN_FEED = "ProfessionalFeed"\nPLUGIN_SET = "1',
      "SecurityCenter-1.1.1-",
      "Linux host 1.1.1 ",
    ])) {
      const started = performance.now();
      tenableExtractor.extract([text]);
      expect(performance.now() - started, text.name).toBeLessThan(1000);
    }
  });
});
