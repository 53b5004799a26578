import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findVendor } from "@/lib/vendors";
import { extractorFor, extractors } from ".";

const SAMPLES = path.join(import.meta.dirname, "samples");

/** The plain sample files of a vendor (not the folders of archive members). */
const plainSamples = (vendor: string) =>
  readdirSync(path.join(SAMPLES, vendor), { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => ({
      name: entry.name,
      text: readFileSync(path.join(SAMPLES, vendor, entry.name), "utf8"),
    }));

describe("extractors", () => {
  it("has one extractor per registered vendor, found by its id", () => {
    const ids = extractors.map((extractor) => extractor.vendor);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(findVendor(id)).not.toBeNull();
      expect(extractorFor(id)?.vendor).toBe(id);
    }
    expect(extractorFor("other")).toBeNull();
    expect(extractorFor("acme")).toBeNull();
  });

  it.each(["fortinet", "checkpoint", "paloalto"])(
    "finds nothing of another vendor in %s's samples",
    (vendor) => {
      const texts = plainSamples(vendor);
      expect(texts.length).toBeGreaterThan(3);
      for (const extractor of extractors) {
        if (extractor.vendor === vendor) continue;
        for (const text of texts)
          expect([extractor.vendor, extractor.extract([text])]).toEqual([extractor.vendor, null]);
      }
    },
  );
});
