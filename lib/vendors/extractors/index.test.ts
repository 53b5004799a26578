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

  // The reader bounds the bytes; within them, no input may make an extractor slow (a regular
  // expression that backtracks, a block read again for each of its lines).
  it.each(["fortinet", "checkpoint", "paloalto"])(
    "%s reads hostile texts in linear time",
    (vendor) => {
      const extractor = extractorFor(vendor)!;
      const size = 2_000_000;
      const hostile = [
        "a" + " ".repeat(size) + "b",
        "\r".repeat(size),
        "-- More --".repeat(size / 10),
        "Version : v7.4.2-build2397\n".repeat(size / 28),
        "model: PA-junk!\n".repeat(size / 16),
        "Key" + " x".repeat(size / 2) + "\n",
        "This is Check Point" + " R".repeat(size / 2),
        "admin@" + "a".repeat(size),
      ];
      for (const text of hostile) {
        const started = performance.now();
        extractor.extract([{ name: "hostile.txt", text }]);
        expect(performance.now() - started).toBeLessThan(1_000);
      }
    },
  );
});
