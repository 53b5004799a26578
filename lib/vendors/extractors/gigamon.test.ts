import { describe, expect, it } from "vitest";
import { extractDebugFile } from "@/lib/debug-files/extract-debug-file";
import type { Extraction } from "@/lib/debug-files/types";
import { expectAcceptedByRegistry } from "./accepted-values";
import { gigamonExtractor } from "./gigamon";
import { hostileTexts, sampleText } from "./sample-archive";

const otherRequired = { product: "GigaVUE HC series", version: "6.5.00", function: "other" };

const extract = (file: string) => gigamonExtractor.extract([sampleText(`gigamon/${file}`)]);

describe("gigamonExtractor", () => {
  it.each<[string, Extraction]>([
    [
      "gigavue-os-6.5-hc3-show-tech-support.txt",
      {
        values: { product: "GigaVUE HC series", version: "6.5.00" },
        found: { serial: "1HC3-01A7", hostname: "gv-hc3-dc1", model: "GigaVUE-HC3" },
      },
    ],
    [
      "gigavue-os-5.9-hc2-show-version.txt",
      {
        values: { product: "GigaVUE HC series", version: "5.9.00" },
        found: { serial: "C0D17", hostname: "HC2-Lab-East", model: "GigaVUE-HC2" },
      },
    ],
    [
      "gigavue-os-6.2-ta25-show-version.txt",
      {
        values: { product: "GigaVUE TA series", version: "6.2.00" },
        found: { serial: "1TA25-0B31", hostname: "ta25-edge-02", model: "GigaVUE-TA25" },
      },
    ],
    [
      // cut before the model: the version, and the hardware from "Target hw" is not there yet
      "gigavue-os-show-version-truncated.txt",
      { values: { version: "6.7.00" }, found: { hostname: "gv-hc1-lab" } },
    ],
  ])("reads %s", (file, expected) => {
    const extraction = extract(file);
    expect(extraction).toEqual(expected);
    expectAcceptedByRegistry("gigamon", otherRequired, extraction!.values);
  });

  it("reads `show version` and the configuration as members of a bundle", () => {
    const { text } = sampleText("gigamon/gigavue-os-6.5-hc3-show-tech-support.txt");
    const [version = "", rest = ""] = text.split("Output of 'show chassis':");
    const extraction = gigamonExtractor.extract([
      { name: "show_version.txt", text: version },
      { name: "show_chassis.txt", text: rest },
    ]);
    expect(extraction?.found).toEqual({
      serial: "1HC3-01A7",
      hostname: "gv-hc3-dc1",
      model: "GigaVUE-HC3",
    });
  });

  it("reads a pasted `show version` through the reader, in a worker", async () => {
    const { text } = sampleText("gigamon/gigavue-os-6.2-ta25-show-version.txt");
    const result = await extractDebugFile({ text, name: "pasted text" }, "gigamon");
    expect(result.ok && result.extraction?.values).toEqual({
      product: "GigaVUE TA series",
      version: "6.2.00",
    });
  });

  it("tells GigaVUE-FM by its product name", () => {
    const text = "Product name:      GigaVUE-FM\nProduct release:   6.5.00\n";
    expect(gigamonExtractor.extract([{ name: "fm.txt", text }])).toEqual({
      values: { product: "GigaVUE-FM", version: "6.5.00" },
      found: {},
    });
  });

  it("leaves out a release the field cannot hold", () => {
    const text = "Product name:      GigaVUE-OS\nProduct release:   6.5.00-beta\n";
    expect(gigamonExtractor.extract([{ name: "v.txt", text }])?.values).toEqual({});
  });

  it("answers null for the same CLI framework's output from another product, and for nothing", () => {
    expect(extract("not-gigamon-onyx-show-version.txt")).toBeNull();
    expect(gigamonExtractor.extract([sampleText("f5/tmsh-show-sys-version-13.1.txt")])).toBeNull();
    expect(gigamonExtractor.extract([])).toBeNull();
  });

  it("reads hostile texts in bounded time", () => {
    for (const text of hostileTexts([
      "Product name: GigaVUE-OS\n",
      "Product name: GigaVUE-OS\nProduct release ",
      "gv-hc3 (config) # show ",
      "  Serial Num    ",
    ])) {
      const started = performance.now();
      gigamonExtractor.extract([text]);
      expect(performance.now() - started, text.name).toBeLessThan(1000);
    }
  });
});
