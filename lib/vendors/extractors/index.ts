// The debug-file extractors of the registry's vendors (issue #16): adding a vendor's extractor
// is writing lib/vendors/extractors/<vendor>.ts and adding it here.
import type { Extractor } from "@/lib/debug-files/types";
import { checkpointExtractor } from "./checkpoint";
import { f5Extractor } from "./f5";
import { fortinetExtractor } from "./fortinet";
import { gigamonExtractor } from "./gigamon";
import { impervaExtractor } from "./imperva";
import { paloaltoExtractor } from "./paloalto";
import { tenableExtractor } from "./tenable";

export const extractors: readonly Extractor[] = [
  fortinetExtractor,
  checkpointExtractor,
  f5Extractor,
  paloaltoExtractor,
  gigamonExtractor,
  impervaExtractor,
  tenableExtractor,
  // One line per vendor, in the registry's order.
];

const byVendor = new Map(extractors.map((extractor) => [extractor.vendor, extractor]));

/** The vendor's extractor, or null for a vendor that has none ("other", an unknown id). */
export const extractorFor = (vendor: string): Extractor | null => byVendor.get(vendor) ?? null;
